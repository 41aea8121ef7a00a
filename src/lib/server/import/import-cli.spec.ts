import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import v3Messy from '../../directory/oruk/fixtures/v3-messy.json' with { type: 'json' };
import v3Page from '../../directory/oruk/fixtures/v3-page.json' with { type: 'json' };
import { countActivities } from '../db/activities';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { publishedServices } from '../openreferral/published-services';
import { serviceDetail, servicesList } from '../openreferral/service-endpoints';
import { seedDemoDirectory } from '../seed/seed';
import { runImport } from './import-cli';

let dir: string;
let database: Database;
let server: Server | undefined;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'waymark-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
	database = await openTestDatabase();
});
afterEach(async () => {
	await database.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	server = undefined;
});

/** runImport closes what it opens; the test keeps the database to look at afterwards. */
const open = vi.fn(async () => ({ ...database, close: async () => {} }));
const fast = { backoffMs: 1, retries: 1 };

function file(name: string, content: unknown): string {
	const path = join(dir, name);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

type Json = Record<string, unknown>;

async function serve(handler: (url: URL) => Promise<[number, unknown]>): Promise<string> {
	server = createServer(async (req, res) => {
		const [status, body] = await handler(new URL(req.url ?? '/', 'http://localhost'));
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

/** A live ORUK v3 API over the fixtures: pages of 3 list items, full services by id. */
function fixtureApi(url: URL): Promise<[number, unknown]> {
	const full = [...(v3Messy as Json[]), ...(v3Page.contents as Json[])];
	// A list item whose details are gone: skipped, and the rest still imported.
	const items = [...full, { id: 'ghost', name: 'Ghost' }].map((s) => ({ id: s.id, name: s.name }));
	const size = Math.min(Number(url.searchParams.get('per_page') ?? 3), 3);
	const page = Number(url.searchParams.get('page') ?? 1);
	if (url.pathname === '/') return Promise.resolve([200, { version: 'HSDS-UK-3.0' }]);
	if (url.pathname === '/services') {
		const contents = items.slice((page - 1) * size, page * size);
		const total_pages = Math.ceil(items.length / size);
		return Promise.resolve([
			200,
			{ total_items: items.length, total_pages, page_number: page, size, contents }
		]);
	}
	const id = decodeURIComponent(url.pathname.replace(/^\/services\//, ''));
	const service = full.find((s) => String(s.id) === id);
	return Promise.resolve(service ? [200, service] : [404, { message: 'Not found' }]);
}

describe('runImport from a file', () => {
	it('imports and reports as JSON, exit code 0', async () => {
		const result = await runImport({ from: file('feed.json', v3Page) }, open);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.output)).toMatchObject({ source: 'feed.json', created: 2 });
		expect(await countActivities(database, 'published')).toBe(2);
	});

	it.each([
		['a missing file', () => join(dir, 'nope.json'), /Cannot read/],
		['a file that is not JSON', () => file('bad.json', '{"contents": ['), /not valid JSON/],
		[
			'JSON that is no feed',
			() => file('other.json', { type: 'FeatureCollection' }),
			/Open Referral/
		]
	])('exits 2 for %s, writing nothing', async (_, path, message) => {
		const result = await runImport({ from: path() }, open);
		expect(result.code).toBe(2);
		expect(result.output).toMatch(message);
		expect(await countActivities(database)).toBe(0);
	});
});

describe('runImport from a live ORUK v3 API', () => {
	it('follows the pages, fetches each full service and imports them', async () => {
		const base = await serve(fixtureApi);
		const result = await runImport({ from: base }, open, fast);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.output);
		expect(report).toMatchObject({ source: base.replace('http://', ''), created: 6 });
		expect(report.skipped.map((s: { id: string }) => s.id)).toEqual([
			'ghost',
			'svc-102',
			'svc-104',
			'svc-106',
			'svc-107'
		]);
		expect(await countActivities(database, 'published')).toBe(6);

		const again = JSON.parse((await runImport({ from: base }, open, fast)).output);
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
	});

	it('reads our own /openreferral/ API back into an empty database', async () => {
		const published = await openTestDatabase();
		try {
			await seedDemoDirectory(published, '2026-11-21');
			const base = await serve(async (url) => {
				const path = url.pathname.replace(/^\/openreferral/, '');
				const id = /^\/services\/(.+)$/.exec(path)?.[1];
				const response = id
					? await serviceDetail(published, decodeURIComponent(id))
					: path === '/services'
						? await servicesList(published, url)
						: Response.json({ version: 'HSDS-UK-3.0' });
				return [response.status, await response.json()];
			});
			const result = await runImport({ from: `${base}/openreferral/` }, open, fast);
			expect(result.code).toBe(0);
			expect(await publishedServices(database)).toEqual(await publishedServices(published));
		} finally {
			await published.close();
		}
	});

	it('exits 2 and writes nothing when the API keeps failing', async () => {
		const base = await serve(async () => [503, { message: 'busy' }]);
		const result = await runImport({ from: `${base}/services` }, open, fast);
		expect(result).toMatchObject({ code: 2, output: expect.stringMatching(/HTTP 503/) });
		expect(await countActivities(database)).toBe(0);
	});
});

describe('the import command', () => {
	const run = promisify(execFile);
	const cli = (args: string[], env: Json) =>
		run('node_modules/.bin/tsx', ['scripts/import.ts', ...args], {
			env: { ...process.env, DATABASE_URL: '', ...env } as NodeJS.ProcessEnv
		}).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(error: { code: number; stdout: string; stderr: string }) => error
		);

	it('exits 0 with a report, and 2 with a message for an unreadable source', async () => {
		const env = { DATABASE_PATH: join(dir, 'cli.db') };
		const ok = await cli(['--from', file('cli-feed.json', v3Page), '--source', 'cli'], env);
		expect(ok.code).toBe(0);
		expect(JSON.parse(ok.stdout)).toMatchObject({ source: 'cli', created: 2 });
		const bad = await cli(['--from', join(dir, 'missing.json')], env);
		expect(bad.code).toBe(2);
		expect(bad.stdout).toBe('');
		expect(bad.stderr).toMatch(/Cannot read .*missing\.json/);
	}, 60_000);
});
