export type FakePostcodes = Readonly<Record<string, { lat: number; lng: number }>>;

/** Postcodes near the demo area's neighbourhoods; what the fake knows unless told otherwise. */
export const FAKE_POSTCODES: FakePostcodes;

export interface FakeGeocoderOptions {
	/** 0 (the default): any free port. */
	port?: number;
	/** The postcodes it knows (default FAKE_POSTCODES); any other is a 404. */
	postcodes?: FakePostcodes;
}

export interface RunningFakeGeocoder {
	url: string;
	/** Requests received, by path, in order. */
	requests: string[];
	/** Answer every request with this status from now on (e.g. 500), or undefined to behave. */
	failWith: number | undefined;
	close(): Promise<void>;
}

export function startFakeGeocoder(options?: FakeGeocoderOptions): Promise<RunningFakeGeocoder>;
