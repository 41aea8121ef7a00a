/**
 * Waymark's HTTP server: adapter-node's handler (static files, precompressed brotli and gzip
 * included, then the app) inside Node's own server, so that every answer carries the fixed
 * security headers — static files too, which adapter-node serves before the app's `handle`
 * hook runs — and so that clients too slow to send their request are cut off.
 */
import http from 'node:http';
import { FALLBACK_CSP, FIXED_HEADERS } from '../../src/lib/server/auth/fixed-headers.js';

/**
 * The longest a whole request (headers and body) may take to arrive. Generous for a phone on a
 * poor connection (a 32 KB request at 2G's 5 KB/s takes about 7 s); a client that trickles
 * its body slower is cut off with a 408 instead of holding a connection for Node's 5 minutes.
 */
export const REQUEST_TIMEOUT_SECONDS = 30;
/** The longest the headers alone may take: they are small and arrive in the first packets. */
export const HEADERS_TIMEOUT_SECONDS = 20;
/** How often Node looks for requests over those limits, at most. */
const CHECK_INTERVAL_MS = 1_000;

/**
 * @typedef {object} ServerOptions
 * @property {number} requestTimeout milliseconds
 * @property {number} headersTimeout milliseconds
 * @property {number} [keepAliveTimeout] milliseconds; Node's default (5 s) when absent
 */

/**
 * The limits from the environment, in seconds as adapter-node reads its own:
 * `REQUEST_TIMEOUT`, `HEADERS_TIMEOUT` and `KEEP_ALIVE_TIMEOUT`.
 * @param {NodeJS.ProcessEnv} env
 * @returns {ServerOptions}
 */
export function serverOptionsFromEnv(env = process.env) {
	const request = secondsFromEnv(env, 'REQUEST_TIMEOUT') ?? REQUEST_TIMEOUT_SECONDS;
	// Node refuses a headers limit longer than the whole request's.
	const headers = Math.min(
		secondsFromEnv(env, 'HEADERS_TIMEOUT') ?? HEADERS_TIMEOUT_SECONDS,
		request
	);
	const keepAlive = secondsFromEnv(env, 'KEEP_ALIVE_TIMEOUT');
	return {
		requestTimeout: request * 1000,
		headersTimeout: headers * 1000,
		...(keepAlive === undefined ? {} : { keepAliveTimeout: keepAlive * 1000 })
	};
}

/**
 * A number of seconds from the environment; unset is undefined, anything but a positive number
 * stops the server at start-up with a clear message.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @returns {number | undefined}
 */
export function secondsFromEnv(env, name) {
	const value = env[name];
	if (value === undefined || value === '') return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) {
		throw new Error(`${name} must be a number of seconds above 0, not "${value}"`);
	}
	return number;
}

/**
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} Handler
 */

/**
 * @param {Handler} handler adapter-node's `handler` (build/handler.js), or any like it
 * @param {ServerOptions} options
 * @returns {http.Server}
 */
export function createServer(handler, options) {
	const server = http.createServer(
		{
			requestTimeout: options.requestTimeout,
			headersTimeout: options.headersTimeout,
			connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, options.requestTimeout)
		},
		(req, res) => {
			// Set first: whatever the handler sets afterwards (a page's full policy) wins.
			for (const [name, value] of Object.entries(FIXED_HEADERS)) res.setHeader(name, value);
			res.setHeader('content-security-policy', FALLBACK_CSP);
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			});
		}
	);
	if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
	return server;
}
