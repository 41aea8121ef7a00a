/**
 * Builds and caches the app's directory snapshot. The body is built and compressed once
 * per directory revision; each request costs one small query to learn the revision. The
 * ETag is a hash of the content, so every server behind a load balancer gives the same one.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { toSnapshot } from '../directory/snapshot';
import { directoryRevision, listActivities } from './db/activities';
import type { Handle } from '@sveltejs/kit';
import { getDatabase, type Database } from './db/index';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export type Encoding = 'br' | 'gzip' | 'identity';

export interface EncodedSnapshot {
	revision: number;
	/** The content hash shared by every encoding's ETag. */
	hash: string;
	bodies: Record<Encoding, Buffer>;
}

type Cached = { revision: number; snapshot: Promise<EncodedSnapshot> };
const cache = new WeakMap<Database, Cached>();

export async function getEncodedSnapshot(database: Database): Promise<EncodedSnapshot> {
	const revision = await directoryRevision(database);
	let cached = cache.get(database);
	if (cached?.revision !== revision) {
		const entry: Cached = { revision, snapshot: buildEncodedSnapshot(database, revision) };
		cache.set(database, entry);
		entry.snapshot.catch(() => {
			if (cache.get(database) === entry) cache.delete(database);
		});
		cached = entry;
	}
	return cached.snapshot;
}

async function buildEncodedSnapshot(database: Database, revision: number) {
	const activities = await listActivities(database, { listing: 'published', activeOnly: true });
	// generatedAt is left out of the hash so a rebuilt but identical directory keeps its ETag.
	const content = JSON.stringify(toSnapshot(activities, revision, new Date(0)).activities);
	const hash = createHash('sha256').update(content).digest('base64url').slice(0, 32);
	const identity = Buffer.from(JSON.stringify(toSnapshot(activities, revision, new Date())));
	const [br, gz] = await Promise.all([
		brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
		gzipAsync(identity, { level: 9 })
	]);
	return { revision, hash, bodies: { br, gzip: gz, identity } };
}

/** The best encoding the client accepts, honouring `q=0`. */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
	const accepted = new Set(
		(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
			.map(([name]) => name.trim().toLowerCase())
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return 'identity';
}

export function etagFor(hash: string, encoding: Encoding): string {
	return encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
}

/** True when If-None-Match names this content in any encoding (or is `*`). */
export function matchesEtag(ifNoneMatch: string | null, hash: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const value = tag.trim().replace(/^W\//, '');
		return value === '*' || value === `"${hash}"` || value.startsWith(`"${hash}-`);
	});
}

/** The HTTP answer to GET /api/directory: encoded, validated by ETag, always revalidated. */
export async function snapshotResponse(database: Database, request: Request): Promise<Response> {
	const snapshot = await getEncodedSnapshot(database);
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const headers: Record<string, string> = {
		etag: etagFor(snapshot.hash, encoding),
		// The app always revalidates (a cheap 304), so a listing change reaches phones at once.
		'cache-control': 'public, no-cache',
		vary: 'Accept-Encoding'
	};
	if (matchesEtag(request.headers.get('if-none-match'), snapshot.hash)) {
		return new Response(null, { status: 304, headers });
	}
	const body = snapshot.bodies[encoding];
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	headers['content-type'] = 'application/json';
	headers['content-length'] = String(body.length);
	return new Response(new Uint8Array(body), { headers });
}

/**
 * GET /api/directory. Every phone asks for it on every start, so it is answered in `handle`,
 * ahead of Kit's routing and page machinery (about a quarter more reads a second on this
 * 2-core machine); the security headers around it still apply.
 */
export const handleDirectorySnapshot: Handle = async ({ event, resolve }) => {
	if (event.url.pathname !== '/api/directory') return resolve(event);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
		return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
	}
	return snapshotResponse(await getDatabase(), event.request);
};
