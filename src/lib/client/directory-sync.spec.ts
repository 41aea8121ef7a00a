import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_VERSION, type DirectorySnapshot } from '$lib/directory/snapshot';
import { openDatabase } from './db';
import { copyAgeDays, DirectoryUnavailableError, syncDirectory } from './directory-sync';

const snapshot = (revision: number): DirectorySnapshot => ({
	version: SNAPSHOT_VERSION,
	revision,
	generatedAt: '2026-11-20T09:00:00Z',
	organisations: [],
	venues: [],
	activities: []
});

/** A fake server: answers 304 when the ETag matches, else the snapshot; or is offline. */
function server(revision: number) {
	const seen: (string | null)[] = [];
	let offline = false;
	const fetch = (async (_url: string, init?: RequestInit) => {
		if (offline) throw new TypeError('Failed to fetch');
		const etag = `"rev-${revision}"`;
		const asked = new Headers(init?.headers).get('if-none-match');
		seen.push(asked);
		if (asked === etag) return new Response(null, { status: 304 });
		return Response.json(snapshot(revision), { headers: { etag } });
	}) as typeof globalThis.fetch;
	return { fetch, seen, goOffline: () => (offline = true) };
}

let n = 0;
const db = () => openDatabase(`directory-test-${++n}`);

describe('syncDirectory', () => {
	it('downloads once, then revalidates with the ETag', async () => {
		const database = db();
		const fake = server(7);
		const first = await syncDirectory(database, fake.fetch, () => new Date('2026-11-20T10:00Z'));
		expect(first.snapshot.revision).toBe(7);
		const second = await syncDirectory(database, fake.fetch, () => new Date('2026-11-23T10:00Z'));
		expect(fake.seen).toEqual([null, '"rev-7"']);
		expect(second.isFresh).toBe(true);
		expect(second.checkedAt.toISOString()).toBe('2026-11-23T10:00:00.000Z');
	});

	it('uses the copy on the device when offline, and knows its age', async () => {
		const database = db();
		const fake = server(3);
		await syncDirectory(database, fake.fetch, () => new Date('2026-11-20T10:00Z'));
		fake.goOffline();
		const copy = await syncDirectory(database, fake.fetch);
		expect(copy.isFresh).toBe(false);
		expect(copyAgeDays(copy, new Date('2026-11-23T11:00Z'))).toBe(3);
	});

	it('says so when offline with no copy', async () => {
		const fake = server(1);
		fake.goOffline();
		await expect(syncDirectory(db(), fake.fetch)).rejects.toBeInstanceOf(DirectoryUnavailableError);
	});
});

describe('a copy served by the service worker', () => {
	it('is stored with the age of the server’s answer, not as fresh', async () => {
		const fetch = (async () =>
			Response.json(snapshot(4), {
				headers: {
					etag: '"rev-4"',
					date: 'Fri, 20 Nov 2026 10:00:00 GMT',
					'x-waymark-copy': 'cached'
				}
			})) as typeof globalThis.fetch;
		const copy = await syncDirectory(db(), fetch, () => new Date('2026-11-23T10:00Z'));
		expect(copy.isFresh).toBe(false);
		expect(copyAgeDays(copy, new Date('2026-11-23T11:00Z'))).toBe(3);
	});
});
