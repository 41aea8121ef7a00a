import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed, SourceError } from './fetch-feed';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;
let server: Server | undefined;
const seen: string[] = [];

async function serve(handler: Handler): Promise<string> {
	seen.length = 0;
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		seen.push(url.pathname + url.search);
		handler(req, res, url);
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}
afterEach(
	() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
);

const json = (res: ServerResponse, body: unknown, status = 200) => {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
};

/** An ORUK v3 API of `total` services, `size` a page, list items without details. */
function orukApi(total: number, size: number, failFirst = new Map<string, number>()): Handler {
	return (_req, res, url) => {
		const failures = failFirst.get(url.pathname) ?? 0;
		if (failures > 0) {
			failFirst.set(url.pathname, failures - 1);
			return json(res, { message: 'busy' }, 503);
		}
		if (url.pathname === '/') return json(res, { version: 'HSDS-UK-3.0', openapi_url: '' });
		if (url.pathname === '/services') {
			const page = Number(url.searchParams.get('page') ?? 1);
			const ids = Array.from({ length: total }, (_, i) => `s${i + 1}`).slice(
				(page - 1) * size,
				page * size
			);
			return json(res, {
				total_items: total,
				total_pages: Math.ceil(total / size),
				page_number: page,
				size,
				contents: ids.map((id) => ({ id, name: `Service ${id}` }))
			});
		}
		const match = /^\/services\/(.+)$/.exec(url.pathname);
		if (match) return json(res, { id: match[1], name: `Service ${match[1]}`, schedules: [] });
		json(res, { message: 'not found' }, 404);
	};
}

describe('fetchFeed from a live API', () => {
	it('follows every page from the API root and fetches each full service', async () => {
		const base = await serve(orukApi(7, 3));
		const feed = await fetchFeed(base, { backoffMs: 1 });
		const contents = (feed.json as { contents: { id: string; schedules: [] }[] }).contents;
		expect(contents.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7']);
		expect(contents.every((s) => Array.isArray(s.schedules))).toBe(true);
		expect(feed.defaultSource).toMatch(/^127\.0\.0\.1:\d+$/);
		expect(seen.filter((p) => p.startsWith('/services?')).sort()).toEqual([
			'/services?per_page=100',
			'/services?per_page=100&page=2',
			'/services?per_page=100&page=3'
		]);
		expect(seen.filter((p) => /^\/services\/s\d$/.test(p))).toHaveLength(7);
		expect(feed.skipped).toEqual([]);
	});

	it('retries a server error with backoff and goes on', async () => {
		const base = await serve(orukApi(2, 10, new Map([['/services', 2]])));
		const feed = await fetchFeed(`${base}/services`, { backoffMs: 1 });
		expect((feed.json as { contents: unknown[] }).contents).toHaveLength(2);
		expect(seen.filter((p) => p.startsWith('/services?') || p === '/services')).toHaveLength(3);
	});

	it('skips one service whose details cannot be fetched, and keeps the rest', async () => {
		const api = orukApi(3, 10);
		const base = await serve((req, res, url) =>
			url.pathname === '/services/s2' ? json(res, { message: 'gone' }, 404) : api(req, res, url)
		);
		const feed = await fetchFeed(`${base}/services`, { backoffMs: 1 });
		expect((feed.json as { contents: { id: string }[] }).contents.map((s) => s.id)).toEqual([
			's1',
			's3'
		]);
		expect(feed.skipped).toEqual([{ id: 's2', reason: expect.stringContaining('HTTP 404') }]);
	});

	it('gives up with a clear error when the API keeps failing or does not answer', async () => {
		const base = await serve(orukApi(1, 1, new Map([['/services', 99]])));
		await expect(fetchFeed(`${base}/services`, { backoffMs: 1, retries: 2 })).rejects.toThrow(
			new SourceError(`Cannot read ${base}/services: HTTP 503`)
		);
		const slow = await serve(() => {});
		await expect(fetchFeed(`${slow}/services`, { retries: 0, timeoutMs: 50 })).rejects.toThrow(
			/timed out/
		);
	});

	it('follows ORUK v1 pages', async () => {
		const base = await serve((_req, res, url) => {
			const page = Number(url.searchParams.get('page') ?? 1);
			json(res, { totalPages: 2, number: page, content: [{ id: `v1-${page}`, name: 'x' }] });
		});
		const feed = await fetchFeed(`${base}/services`, { backoffMs: 1 });
		expect(feed.json).toEqual({
			content: [
				{ id: 'v1-1', name: 'x' },
				{ id: 'v1-2', name: 'x' }
			]
		});
	});
});

describe('fetchFeed from a file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-feed-'));

	it('reads JSON and names the source after the file', async () => {
		const file = join(dir, 'council.json');
		writeFileSync(file, '[{"id":"1"}]');
		expect(await fetchFeed(file)).toEqual({
			json: [{ id: '1' }],
			defaultSource: 'council.json',
			skipped: []
		});
	});

	it('refuses a missing file or one that is not JSON', async () => {
		await expect(fetchFeed(join(dir, 'nope.json'))).rejects.toThrow(
			/Cannot read .*nope\.json: ENOENT/
		);
		const file = join(dir, 'bad.json');
		writeFileSync(file, '<html>');
		await expect(fetchFeed(file)).rejects.toThrow(/bad\.json is not valid JSON/);
	});
});
