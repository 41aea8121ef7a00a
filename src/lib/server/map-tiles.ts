/**
 * Where the map's tiles come from and whose credit they carry: `TILE_URL` (a Leaflet-style
 * template, `{s}` subdomains allowed) and `TILE_ATTRIBUTION` (words, and links written as
 * `<a href="…">`), read once. Both have to reach the page, since the server learns them only
 * when it starts.
 */
import {
	DEFAULT_TILE_ATTRIBUTION,
	parseAttribution,
	type AttributionPart
} from '$lib/map/attribution';

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface TileConfig {
	url: string;
	attribution: AttributionPart[];
}

export function readTileConfig(env: NodeJS.ProcessEnv = process.env): Readonly<TileConfig> {
	const url = env.TILE_URL?.trim() || DEFAULT_TILE_URL;
	const attribution = parseAttribution(env.TILE_ATTRIBUTION?.trim() || DEFAULT_TILE_ATTRIBUTION);
	return Object.freeze({ url, attribution });
}

let config: Readonly<TileConfig> | undefined;

export function tileConfig(): Readonly<TileConfig> {
	config ??= readTileConfig();
	return config;
}
