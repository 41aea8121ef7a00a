/**
 * Durability: the server is killed (SIGKILL) while requests are being posted. After a restart,
 * every request that got a 201 is in the database, and a client that retries the rest with the
 * same idempotency keys ends with each stored exactly once. Runs the built server (`npm run
 * test:e2e` builds first) on its own SQLite file; it needs no browser.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extraPort } from './port';

const PORT = extraPort(218);
const BASE = `http://127.0.0.1:${PORT}`;
const TOTAL = 400;
const CONCURRENCY = 16;
const KILL_AFTER = 120;

test.skip(!existsSync('build/index.js'), 'build/index.js is missing: run `npm run build` first');
test.setTimeout(90_000);

function startServer(databasePath: string): ChildProcess {
	return spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_PATH: databasePath,
			DATABASE_URL: ''
		},
		stdio: 'ignore'
	});
}

async function waitUntilUp(): Promise<void> {
	for (let i = 0; i < 200; i += 1) {
		try {
			if ((await fetch(`${BASE}/api/directory`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('The server did not start');
}

const body = (i: number) =>
	JSON.stringify({
		name: `Durable ${i}`,
		contact: { method: 'phone', phone: '07700 900123' },
		needs: `request ${i}`,
		consent: true
	});

async function post(key: string, i: number): Promise<string | null> {
	try {
		const response = await fetch(`${BASE}/api/requests`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'idempotency-key': key },
			body: body(i),
			signal: AbortSignal.timeout(5_000)
		});
		if (response.status !== 201) return null;
		return ((await response.json()) as { reference: string }).reference;
	} catch {
		return null;
	}
}

test('every acknowledged request survives a SIGKILL, and retries store each once', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-durability-'));
	const databasePath = join(dir, 'waymark.db');
	const keys = Array.from({ length: TOTAL }, () => randomUUID());
	const acknowledged = new Map<string, string>();
	let server = startServer(databasePath);
	try {
		await waitUntilUp();
		let next = 0;
		const worker = async () => {
			while (next < TOTAL) {
				const i = next++;
				const reference = await post(keys[i], i);
				if (reference) acknowledged.set(keys[i], reference);
				if (acknowledged.size >= KILL_AFTER && server.exitCode === null) server.kill('SIGKILL');
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		expect(server.signalCode).toBe('SIGKILL');
		expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
		expect(acknowledged.size).toBeLessThan(TOTAL);

		// Everything acknowledged is on disk, once, with the reference the client was given.
		const db = new Database(databasePath);
		const stored = db.prepare('select idempotency_key as key, reference from requests');
		const rows = stored.all() as { key: string; reference: string }[];
		const byKey = new Map(rows.map((r) => [r.key, r.reference]));
		expect(byKey.size).toBe(rows.length);
		for (const [key, reference] of acknowledged) expect(byKey.get(key)).toBe(reference);
		db.close();

		// The client retries whatever got no 201; the restarted server stores each exactly once.
		server = startServer(databasePath);
		await waitUntilUp();
		const retried = keys.map((key, i) => ({ key, i })).filter(({ key }) => !acknowledged.has(key));
		for (const { key, i } of retried) {
			const reference = await post(key, i);
			expect(reference, `retry ${i}`).not.toBeNull();
			acknowledged.set(key, reference!);
		}
		for (const key of keys.slice(0, 20)) {
			expect(await post(key, keys.indexOf(key))).toBe(acknowledged.get(key));
		}
		const after = new Database(databasePath, { readonly: true });
		const counts = after
			.prepare(
				'select idempotency_key as key, count(*) as n from requests group by idempotency_key'
			)
			.all() as { key: string; n: number }[];
		after.close();
		expect(counts).toHaveLength(TOTAL);
		expect(counts.every((c) => c.n === 1)).toBe(true);
		expect(new Set(counts.map((c) => c.key))).toEqual(new Set(keys));
		console.info(
			`Durability: ${TOTAL - retried.length} acknowledged before SIGKILL, ${retried.length} retried after restart; ${counts.length} stored once each.`
		);
	} finally {
		server.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	}
});
