// The server the e2e tests run against: the built app on a fresh SQLite database, seeded
// with the demo area, looking postcodes up in a local fake geocoder (never the network).
import { mkdirSync, rmSync } from 'node:fs';
import { startFakeGeocoder } from '../fakes/geocoder.js';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_PATH = `${dir}/waymark.db`;
delete process.env.DATABASE_URL;
const geocoder = await startFakeGeocoder();
process.env.GEOCODER_URL = geocoder.url;
// The app stops on these signals; the fake must stop too, or it keeps the process alive.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => geocoder.close());
process.argv.push('--seed-if-empty');
await import('../../scripts/start.js');
