export interface FakeTilesOptions {
	/** 0 (the default): any free port. */
	port?: number;
}

export interface RunningFakeTiles {
	/** The server's origin, e.g. http://127.0.0.1:5520. */
	url: string;
	/** A TILE_URL for it: `{url}/{z}/{x}/{y}.png`. */
	template: string;
	/** Tile paths served, in order (also answered at `GET /requests`). */
	requests: string[];
	close(): Promise<void>;
}

/** A valid PNG tile, `size` pixels square (256 by default). */
export function makeTilePng(size?: number): Buffer;

export function startFakeTiles(options?: FakeTilesOptions): Promise<RunningFakeTiles>;
