/**
 * Load benchmark: the built server (`npm run build` first) on loopback, driven by autocannon.
 * `POST /api/requests` (each with its own Idempotency-Key, committed durably before the 201)
 * and `GET /api/directory` (the gzip snapshot), on SQLite and, when a server is reachable, on
 * PostgreSQL (a throwaway database made and dropped on BENCH_PG_URL, default the test server).
 * Bounded: a fixed number of requests per run, each run capped in time; stops by itself.
 * Targets on a 2-core machine, SQLite: ≥ 300 request posts/s and ≥ 2,000 snapshot reads/s.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POST_TARGET_RPS = 300;
export const SNAPSHOT_TARGET_RPS = 2000;
const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 20;
const POSTS = 4000;
const READS = 20000;
const MAX_SECONDS = 60;
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const BODY = JSON.stringify({
	name: 'Load Test',
	contact: { method: 'phone', phone: '07700 900123', email: null },
	bestTimes: 'weekday mornings',
	practice: 'A00001',
	needs: "I'd like to get out more",
	consent: true,
	language: 'en'
});

interface Row {
	database: string;
	endpoint: string;
	requests: number;
	rps: number;
	p99: number;
	errors: number;
}

async function waitUntilUp(): Promise<void> {
	for (let i = 0; i < 600; i += 1) {
		try {
			if ((await fetch(`${BASE}/api/directory`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('The server did not start');
}

function startServer(env: Record<string, string>): ChildProcess {
	return spawn(process.execPath, ['scripts/start.js', '--seed-if-empty'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: BASE, ...env },
		stdio: 'ignore'
	});
}

async function run(options: autocannon.Options): Promise<autocannon.Result> {
	return autocannon({ connections: CONNECTIONS, timeout: 10, duration: MAX_SECONDS, ...options });
}

async function measure(database: string, env: Record<string, string>): Promise<Row[]> {
	const server = startServer(env);
	try {
		await waitUntilUp();
		const post = (amount: number) =>
			run({
				url: `${BASE}/api/requests`,
				amount,
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: BODY,
				requests: [
					{
						setupRequest: (request) => ({
							...request,
							headers: { ...request.headers, 'idempotency-key': randomUUID() }
						})
					}
				]
			});
		const read = (amount: number) =>
			// What Chromium sends; the server answers with brotli, as it does for a phone.
			run({
				url: `${BASE}/api/directory`,
				amount,
				headers: { 'accept-encoding': 'gzip, deflate, br, zstd' }
			});
		await post(200);
		await read(500);
		const posts = await post(POSTS);
		const reads = await read(READS);
		const row = (endpoint: string, result: autocannon.Result): Row => ({
			database,
			endpoint,
			requests: result.requests.total,
			// Over the run's real length: autocannon's per-second average counts the last, partial
			// second as a whole one, which understates short runs.
			rps: Math.round(
				result.requests.total / ((result.finish.getTime() - result.start.getTime()) / 1000)
			),
			p99: result.latency.p99,
			errors: result.errors + result.timeouts + result.non2xx
		});
		return [row('POST /api/requests', posts), row('GET /api/directory', reads)];
	} finally {
		server.kill('SIGTERM');
		await new Promise((resolve) => server.once('exit', resolve));
	}
}

async function withPostgres(work: (url: string) => Promise<Row[]>): Promise<Row[]> {
	const admin = new pg.Client({ connectionString: PG_URL });
	try {
		await admin.connect();
	} catch {
		console.info(`PostgreSQL not reachable at ${PG_URL}: skipped.`);
		return [];
	}
	const name = `waymark_bench_${process.pid}`;
	await admin.query(`create database ${name}`);
	try {
		const url = new URL(PG_URL);
		url.pathname = `/${name}`;
		return await work(url.toString());
	} finally {
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
}

export async function runLoadBench(): Promise<string> {
	if (!existsSync('build/index.js')) return 'build/index.js is missing: run `npm run build` first.';
	const dir = mkdtempSync(join(tmpdir(), 'waymark-load-'));
	const rows: Row[] = [];
	try {
		rows.push(
			...(await measure('SQLite', { DATABASE_PATH: join(dir, 'waymark.db'), DATABASE_URL: '' }))
		);
		rows.push(...(await withPostgres((url) => measure('PostgreSQL', { DATABASE_URL: url }))));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const lines = [
		`${CONNECTIONS} connections on loopback; targets on SQLite: posts ≥ ${POST_TARGET_RPS}/s, snapshot reads ≥ ${SNAPSHOT_TARGET_RPS}/s`,
		'',
		'| database   | endpoint           | requests | req/s | p99 ms | errors |',
		'| ---------- | ------------------ | -------: | ----: | -----: | -----: |',
		...rows.map(
			(r) =>
				`| ${r.database.padEnd(10)} | ${r.endpoint.padEnd(18)} | ${String(r.requests).padStart(8)} | ${String(r.rps).padStart(5)} | ${String(r.p99).padStart(6)} | ${String(r.errors).padStart(6)} |`
		)
	];
	return lines.join('\n');
}
