// The built app as a child process of a test, on a scratch SQLite file, with the environment the
// test gives and everything it prints kept, for tests about what the server does (and logs) at
// the HTTP edge.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppProcess {
	base: string;
	/** Everything the server wrote to stdout and stderr so far. */
	output(): string;
	stop(): Promise<void>;
}

export async function startAppProcess(
	port: number,
	env: Record<string, string> = {}
): Promise<AppProcess> {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_PATH: join(dir, 'waymark.db'),
			DATABASE_URL: '',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let printed = '';
	child.stdout.on('data', (chunk) => (printed += chunk));
	child.stderr.on('data', (chunk) => (printed += chunk));
	const stop = () =>
		new Promise<void>((resolve) => {
			const done = () => {
				rmSync(dir, { recursive: true, force: true });
				resolve();
			};
			if (child.exitCode !== null || child.signalCode !== null) return done();
			child.once('exit', done);
			child.kill('SIGTERM');
		});
	for (let i = 0; i < 400; i += 1) {
		try {
			if ((await fetch(`${base}/api/directory`)).ok) return { base, output: () => printed, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	await stop();
	throw new Error(`The server did not start:\n${printed}`);
}
