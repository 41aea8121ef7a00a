/**
 * Listens, and stops gracefully as adapter-node's own server does: on SIGTERM or SIGINT it
 * takes no new connections, lets requests under way finish (cutting the rest off after
 * `SHUTDOWN_TIMEOUT` seconds, 30 by default), then emits `sveltekit:shutdown`.
 */
const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 30;

/**
 * @param {import('node:http').Server} server
 * @param {{ host: string; port: number; shutdownTimeout?: number }} where shutdownTimeout in seconds
 * @returns {Promise<void>} once listening
 */
export function serve(server, { host, port, shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT_SECONDS }) {
	/** @type {NodeJS.Timeout | undefined} */
	let cutOff;
	/** @param {string} reason */
	const stop = (reason) => {
		if (cutOff) return;
		// Idle keep-alive connections would otherwise hold close() open until they time out.
		server.closeIdleConnections();
		server.close(() => {
			clearTimeout(cutOff);
			// @ts-expect-error Kit's own event, which Node's types do not list.
			process.emit('sveltekit:shutdown', reason);
		});
		cutOff = setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000);
		cutOff.unref();
	};
	// Requests that end while stopping let their connections close at once.
	server.on('request', (req) => req.on('close', () => cutOff && server.closeIdleConnections()));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	return new Promise((resolve) => server.listen(port, host, () => resolve()));
}
