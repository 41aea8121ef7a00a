// The server the e2e tests run against: the built app on a fresh SQLite database, seeded
// with the demo area, looking postcodes up in a local fake geocoder and drawing maps from a
// local fake tile server (never the network).
import { mkdirSync, rmSync } from 'node:fs';
import { startFakeGeocoder } from '../fakes/geocoder.js';
import { startFakeTiles } from '../fakes/tiles.js';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_PATH = `${dir}/waymark.db`;
delete process.env.DATABASE_URL;
const geocoder = await startFakeGeocoder();
process.env.GEOCODER_URL = geocoder.url;
// On a known port (FAKE_TILES_PORT in port.ts), so a test can ask it what it served.
const tiles = await startFakeTiles({ port: Number(process.env.PORT || 4173) + 330 });
process.env.TILE_URL = tiles.template;
process.env.TILE_ATTRIBUTION = 'Test tiles &copy; <a href="https://example.org/tiles">Example</a>';
// The app stops on these signals; the fakes must stop too, or they keep the process alive.
for (const signal of ['SIGTERM', 'SIGINT']) {
	process.once(signal, () => Promise.all([geocoder.close(), tiles.close()]));
}
process.argv.push('--seed-if-empty');
await import('../../scripts/start.js');
