// Starts the built server (`npm run build` first). Fills in what adapter-node needs to serve
// plain http://localhost: without ORIGIN it assumes https and refuses every form post.
// `--seed-if-empty` loads the demo directory into an empty database (npm run demo).
import { existsSync } from 'node:fs';

const port = process.env.PORT || '3000';
process.env.PORT = port;
process.env.ORIGIN ||= `http://localhost:${port}`;
if (process.argv.includes('--seed-if-empty')) process.env.WAYMARK_SEED_IF_EMPTY = '1';

const entry = new URL('../build/index.js', import.meta.url);
if (!existsSync(entry)) {
	console.error('The app is not built yet. Run `npm run build` first, or `npm run demo`.');
	process.exit(2);
}
console.info(`Waymark is starting on ${process.env.ORIGIN}`);
await import(entry.href);
