import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation } from '../directory/fixtures';
import { expandSnapshot, type DirectorySnapshot } from '../directory/snapshot';
import { saveActivity } from './db/activities';
import type { Database } from './db/index';
import { openTestDatabase } from './db/test-db';
import {
	chooseEncoding,
	handleDirectorySnapshot,
	matchesEtag,
	snapshotResponse
} from './directory-snapshot';

let database: Database;
beforeEach(async () => {
	database = await openTestDatabase();
	const organisation = sampleOrganisation();
	const save = (sourceId: string, extra: object, listing: 'published' | 'pending' = 'published') =>
		saveActivity(database, {
			activity: sampleActivity({ sourceId, ...extra }),
			organisation,
			listing
		});
	await save('shown', {});
	await save('closed', { status: 'temporarily closed' });
	await save('pending', {}, 'pending');
});
afterEach(() => database.close());

const get = (headers: Record<string, string> = {}) =>
	snapshotResponse(database, new Request('http://localhost/api/directory', { headers }));

async function body(response: Response): Promise<DirectorySnapshot> {
	const raw = Buffer.from(await response.arrayBuffer());
	const encoding = response.headers.get('content-encoding');
	const json =
		encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
	return JSON.parse(json.toString('utf8'));
}

describe('GET /api/directory', () => {
	it('holds only published, active activities', async () => {
		const response = await get();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		const snapshot = await body(response);
		expect(snapshot.activities.map((a) => a.sourceId)).toEqual(['shown']);
		expect(expandSnapshot(snapshot)).toEqual([sampleActivity({ sourceId: 'shown' })]);
	});

	it('compresses with gzip or brotli as the client accepts', async () => {
		const gz = await get({ 'accept-encoding': 'gzip, deflate' });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect((await body(gz)).activities).toHaveLength(1);
		const br = await get({ 'accept-encoding': 'gzip, br' });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect((await body(br)).activities).toHaveLength(1);
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
	});

	it('answers 304 to a matching If-None-Match, in any encoding', async () => {
		const first = await get({ 'accept-encoding': 'gzip' });
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"[\w-]+-gzip"$/);
		const again = await get({ 'accept-encoding': 'br', 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('cache-control')).toBe('public, no-cache');
	});

	it('changes the ETag when the published directory changes, and only then', async () => {
		const etag = (await get()).headers.get('etag');
		expect((await get()).headers.get('etag')).toBe(etag);
		await saveActivity(database, {
			activity: sampleActivity({ sourceId: 'shown', capacity: 'full' }),
			organisation: sampleOrganisation(),
			listing: 'published'
		});
		const changed = await get({ 'if-none-match': etag! });
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
		expect((await body(changed)).activities[0].capacity).toBe('full');
	});
});

describe('content negotiation helpers', () => {
	it.each([
		[null, 'identity'],
		['', 'identity'],
		['gzip', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['gzip;q=0', 'identity'],
		['deflate, br', 'br']
	] as const)('Accept-Encoding %j chooses %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});

	it('matches If-None-Match lists, weak tags and *', () => {
		expect(matchesEtag('"abc"', 'abc')).toBe(true);
		expect(matchesEtag('"x", W/"abc-br"', 'abc')).toBe(true);
		expect(matchesEtag('*', 'abc')).toBe(true);
		expect(matchesEtag('"abcd"', 'abc')).toBe(false);
		expect(matchesEtag(null, 'abc')).toBe(false);
	});
});

describe('handleDirectorySnapshot', () => {
	const run = (path: string, method = 'GET') => {
		const url = new URL(path, 'http://localhost');
		const event = { url, request: new Request(url, { method }) } as Parameters<
			typeof handleDirectorySnapshot
		>[0]['event'];
		return handleDirectorySnapshot({
			event,
			resolve: async () => new Response('from the routes')
		});
	};

	it('leaves every other path to the routes', async () => {
		expect(await (await run('/api/directory/extra')).text()).toBe('from the routes');
		expect(await (await run('/')).text()).toBe('from the routes');
	});

	it('refuses a write to the snapshot', async () => {
		const response = await run('/api/directory', 'POST');
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
	});
});
