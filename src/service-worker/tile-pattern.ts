/**
 * Which requests are map tiles. The page registers the worker with the tile host of
 * `TILE_URL` in its address (`service-worker.js?tiles=https://*.tile.example.org`), since the
 * host is known only when the server starts; `*` stands for one name, as in `{s}` subdomains.
 */
export const TILE_MAX_ENTRIES = 500;
export const TILE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function tileOriginFrom(workerUrl: string): string | null {
	return new URL(workerUrl).searchParams.get('tiles') || null;
}

export function tileMatcher(origin: string | null): ((url: URL) => boolean) | null {
	const match = origin?.match(/^(https?):\/\/((?:\*\.)?[a-z0-9.-]+)(:\d+)?$/i);
	if (!match) return null;
	const [, scheme, host, port = ''] = match;
	const hostPattern = host
		.split('.')
		.map((part) => (part === '*' ? '[a-z0-9-]+' : part))
		.join('\\.');
	const pattern = new RegExp(`^${scheme}://${hostPattern}${port.replace(':', '\\:')}$`, 'i');
	return (url) => pattern.test(url.origin);
}
