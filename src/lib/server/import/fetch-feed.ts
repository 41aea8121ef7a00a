/**
 * Reads a directory feed from a file or a live Open Referral UK API, politely: pages are
 * fetched a few at a time, each request has a time limit, and failures are retried with
 * growing pauses. The whole feed is read before anything is written, so an unreadable
 * source changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export class SourceError extends Error {}

export interface FetchOptions {
	fetch?: typeof fetch;
	/** Requests in flight at once. */
	concurrency?: number;
	/** Further tries after a failed request. */
	retries?: number;
	timeoutMs?: number;
	/** The first pause before a retry; each later pause doubles. */
	backoffMs?: number;
}

export interface FetchedFeed {
	json: unknown;
	/** The default source name: the URL's host or the file's name. */
	defaultSource: string;
	/** Services whose details could not be fetched. */
	skipped: { id: string | null; reason: string }[];
}

const DEFAULTS = { concurrency: 4, retries: 3, timeoutMs: 15_000, backoffMs: 500 };
const PAGE_SIZE = 100;

export async function fetchFeed(from: string, options: FetchOptions = {}): Promise<FetchedFeed> {
	if (/^https?:\/\//i.test(from)) return fetchFromApi(new URL(from), { ...DEFAULTS, ...options });
	let text: string;
	try {
		text = await readFile(from, 'utf8');
	} catch (error) {
		throw new SourceError(`Cannot read ${from}: ${(error as NodeJS.ErrnoException).code ?? error}`);
	}
	try {
		return { json: JSON.parse(text), defaultSource: basename(from), skipped: [] };
	} catch (error) {
		throw new SourceError(`${from} is not valid JSON: ${(error as Error).message}`);
	}
}

type Options = typeof DEFAULTS & FetchOptions;

async function fetchFromApi(url: URL, options: Options): Promise<FetchedFeed> {
	const defaultSource = url.host;
	let first = await getJson(url, options);
	// An API root (GET /) names the version; the services are under /services.
	if (isRecord(first) && typeof first.version === 'string' && !isPage(first)) {
		url = new URL(`${url.pathname.replace(/\/$/, '')}/services`, url);
		url.searchParams.set('per_page', String(PAGE_SIZE));
		first = await getJson(url, options);
	}
	if (!isPage(first)) return { json: first, defaultSource, skipped: [] };

	const key = Array.isArray(first.contents) ? 'contents' : 'content';
	const items: unknown[] = [...(first[key] as unknown[])];
	const totalPages = Number(first.total_pages ?? first.totalPages ?? 1);
	const firstNumber = Number(first.page_number ?? first.number ?? 1);
	const pages = [];
	for (let n = firstNumber + 1; n < firstNumber + totalPages; n++) pages.push(n);
	const rest = await mapLimited(pages, options.concurrency, async (n) => {
		const pageUrl = new URL(url);
		pageUrl.searchParams.set('page', String(n));
		const page = await getJson(pageUrl, options);
		if (!isPage(page)) throw new SourceError(`Page ${n} of ${url} is not a page of services`);
		return page[key] as unknown[];
	});
	for (const page of rest) items.push(...page);

	const skipped: FetchedFeed['skipped'] = [];
	if (key === 'contents') {
		// ORUK v3 list pages carry summaries; the full service is at /services/{id}.
		const base = url.pathname.replace(/\/services\/?$/, '');
		const full = await mapLimited(items, options.concurrency, async (item) => {
			if (!needsDetails(item)) return item;
			const id = String(item.id);
			try {
				return await getJson(new URL(`${base}/services/${encodeURIComponent(id)}`, url), options);
			} catch (error) {
				skipped.push({
					id,
					reason: `Could not fetch the full service: ${(error as Error).message}`
				});
				return undefined;
			}
		});
		return { json: { contents: full.filter((s) => s !== undefined) }, defaultSource, skipped };
	}
	return { json: { content: items }, defaultSource, skipped };
}

function needsDetails(item: unknown): item is { id: unknown } {
	return (
		isRecord(item) &&
		item.id !== undefined &&
		!('service_at_locations' in item) &&
		!('schedules' in item) &&
		!('attributes' in item)
	);
}

async function getJson(url: URL, options: Options): Promise<unknown> {
	const doFetch = options.fetch ?? fetch;
	let lastError = '';
	for (let attempt = 0; attempt <= options.retries; attempt++) {
		if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
		try {
			const response = await doFetch(url, {
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(options.timeoutMs)
			});
			if (response.ok) return await response.json();
			lastError = `HTTP ${response.status}`;
			// Only a server's trouble is worth trying again; a 404 or 400 will not change.
			if (response.status < 500 && response.status !== 429) break;
		} catch (error) {
			lastError = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
			if (error instanceof SyntaxError) break;
		}
	}
	throw new SourceError(`Cannot read ${url.href}: ${lastError}`);
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
	const results: R[] = new Array(items.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]);
		}
	});
	await Promise.all(workers);
	return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPage(value: unknown): value is Record<string, unknown> {
	return isRecord(value) && (Array.isArray(value.contents) || Array.isArray(value.content));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
