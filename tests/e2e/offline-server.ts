// For the offline tests: the built app as a child process on its own SQLite file (so a test
// can stop it and start it again), a proxy in front of it that fails the first posts of
// requests in chosen ways, and a look at what the database holds.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as forward, type Server } from 'node:http';

export interface App {
	stop(): Promise<void>;
}

export function startApp(port: number, databasePath: string, origin: string): Promise<App> {
	const child: ChildProcess = spawn(process.execPath, ['scripts/start.js', '--seed-if-empty'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: databasePath,
			DATABASE_URL: ''
		},
		stdio: 'ignore'
	});
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	return waitUntilUp(port).then(() => ({ stop }));
}

async function waitUntilUp(port: number): Promise<void> {
	for (let i = 0; i < 400; i += 1) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/directory`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('The server did not start');
}

/**
 * How a post of a request fails: `500` without reaching the app; `drop`, the app stores it
 * but the connection is cut before the answer; `hang`, the app stores it but the answer never
 * comes (the phone gives up).
 */
export type Failure = '500' | 'drop' | 'hang';

export function startProxy(port: number, target: number, failures: Failure[]): Promise<Server> {
	const server = createServer((req, res) => {
		const isRequestPost = req.method === 'POST' && req.url === '/api/requests';
		const failure = isRequestPost ? failures.shift() : undefined;
		if (failure === '500') {
			req.resume();
			res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Error');
			return;
		}
		const upstream = forward(
			{ host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
			(answer) => {
				if (failure === 'drop') {
					answer.resume();
					answer.on('end', () => req.socket.destroy());
				} else if (failure === 'hang') {
					answer.resume();
					setTimeout(() => req.socket.destroy(), 60_000).unref();
				} else {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				}
			}
		);
		upstream.on('error', () => req.socket.destroy());
		req.pipe(upstream);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The stored requests: idempotency key and reference of each. */
export function storedRequests(databasePath: string): { key: string; reference: string }[] {
	const db = new Database(databasePath, { readonly: true });
	try {
		return db.prepare('select idempotency_key as key, reference from requests').all() as {
			key: string;
			reference: string;
		}[];
	} finally {
		db.close();
	}
}
