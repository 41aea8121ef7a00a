// Starts the built server (`npm run build` first): adapter-node's handler inside Waymark's own
// HTTP server (scripts/server/), which puts the security headers on every answer, static files
// included, and cuts off clients too slow to send their request. Fills in what adapter-node
// needs to serve plain http://localhost: without ORIGIN it assumes https and refuses every form
// post. `--seed-if-empty` loads the demo directory into an empty database (npm run demo).
import { existsSync } from 'node:fs';
import { createServer, secondsFromEnv, serverOptionsFromEnv } from './server/create-server.js';
import { serve } from './server/serve.js';

const port = process.env.PORT || '3000';
const host = process.env.HOST || '0.0.0.0';
process.env.PORT = port;
process.env.ORIGIN ||= `http://localhost:${port}`;
if (process.argv.includes('--seed-if-empty')) process.env.WAYMARK_SEED_IF_EMPTY = '1';

const entry = new URL('../build/handler.js', import.meta.url);
if (!existsSync(entry)) {
	console.error('The app is not built yet. Run `npm run build` first, or `npm run demo`.');
	process.exit(2);
}
const options = serverOptionsFromEnv();
console.info(`Waymark is starting on ${process.env.ORIGIN}`);
// Importing the handler starts the app (its `init` hook opens and migrates the database).
const { handler } = await import(entry.href);
await serve(createServer(handler, options), {
	host,
	port: Number(port),
	shutdownTimeout: secondsFromEnv(process.env, 'SHUTDOWN_TIMEOUT')
});
console.info(`Listening on http://${host}:${port}`);
