/**
 * The request outbox. A request to a link worker is written to the device first, with an
 * idempotency key made there, and only then sent; it stays until the server acknowledges it
 * with a 201, however long that takes (there is no retention time after which it is dropped).
 * Sending the same key and body again is harmless: the server answers with the same reference.
 */
import { v4 as uuid } from 'uuid';
import type { OutboxItem, WaymarkDatabase } from './db';

export const REQUESTS_URL = '/api/requests';
/** A try that takes longer than this counts as failed and is tried again later. */
export const SEND_TIMEOUT_MS = 15_000;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 5 * 60_000;

export type SendResult =
	| { kind: 'sent'; reference: string; receivedAt: string }
	| { kind: 'refused'; errors: Record<string, string> }
	| { kind: 'retry' };

/** Writes a request to the outbox, before any attempt to send it. */
export async function addToOutbox(
	db: WaymarkDatabase,
	body: unknown,
	now = new Date()
): Promise<OutboxItem> {
	const item: OutboxItem = {
		key: uuid(),
		body: JSON.stringify(body),
		status: 'waiting',
		createdAt: now.toISOString(),
		attempts: 0,
		nextAttemptAt: null,
		reference: null,
		receivedAt: null,
		errors: null
	};
	await db.outbox.add(item);
	return item;
}

/** Every request on the device, newest first. */
export async function listOutbox(db: WaymarkDatabase): Promise<OutboxItem[]> {
	return (await db.outbox.orderBy('createdAt').reverse().toArray()) as OutboxItem[];
}

/** One try. Network errors, timeouts and 5xx are retried; any other 4xx is final. */
export async function sendOne(
	item: Pick<OutboxItem, 'key' | 'body'>,
	doFetch: typeof fetch = fetch,
	timeoutMs = SEND_TIMEOUT_MS
): Promise<SendResult> {
	if (item.body === null) return { kind: 'retry' };
	let response: Response;
	try {
		response = await doFetch(REQUESTS_URL, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
			body: item.body,
			signal: AbortSignal.timeout(timeoutMs)
		});
	} catch {
		return { kind: 'retry' };
	}
	const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
	if (response.status === 201 && typeof answer?.reference === 'string') {
		return { kind: 'sent', reference: answer.reference, receivedAt: String(answer.receivedAt) };
	}
	if (response.status >= 400 && response.status < 500) {
		const errors = answer?.errors as Record<string, string> | undefined;
		const message = typeof answer?.message === 'string' ? answer.message : `${response.status}`;
		return { kind: 'refused', errors: errors ?? { '': message } };
	}
	return { kind: 'retry' };
}

/** Waits longer after each failed try: 2 s, 4 s, 8 s … up to 5 minutes, with some jitter. */
export function retryDelayMs(attempts: number, random = Math.random): number {
	const base = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
	return Math.round(base * (0.75 + random() * 0.5));
}

/** The server has the request: keep its reference, drop the personal details. */
export async function markSent(
	db: WaymarkDatabase,
	key: string,
	reference: string,
	receivedAt: string
): Promise<void> {
	await db.outbox.update(key, {
		status: 'sent',
		reference,
		receivedAt,
		body: null,
		errors: null,
		nextAttemptAt: null
	});
}

/** Records the outcome of one try. */
export async function recordResult(
	db: WaymarkDatabase,
	item: OutboxItem,
	result: SendResult,
	now = new Date()
): Promise<void> {
	if (result.kind === 'sent') {
		await markSent(db, item.key, result.reference, result.receivedAt);
	} else if (result.kind === 'refused') {
		await db.outbox.update(item.key, { status: 'refused', errors: result.errors });
	} else {
		const attempts = item.attempts + 1;
		const next = new Date(now.getTime() + retryDelayMs(attempts));
		await db.outbox.update(item.key, { attempts, nextAttemptAt: next.toISOString() });
	}
}

export interface FlushOptions {
	doFetch?: typeof fetch;
	now?: () => Date;
	/** Try even those whose backoff has not run out (the connection has just come back). */
	isEager?: boolean;
}

/** Tries every waiting request once. Returns when the next try is due, if any is waiting. */
export async function flushOutbox(
	db: WaymarkDatabase,
	{ doFetch = fetch, now = () => new Date(), isEager = false }: FlushOptions = {}
): Promise<Date | null> {
	const waiting = (await db.outbox.where('status').equals('waiting').toArray()) as OutboxItem[];
	let nextDue: Date | null = null;
	for (const item of waiting) {
		const isDue = isEager || !item.nextAttemptAt || new Date(item.nextAttemptAt) <= now();
		if (isDue) await recordResult(db, item, await sendOne(item, doFetch), now());
		const after = await db.outbox.get(item.key);
		if (after?.status === 'waiting' && after.nextAttemptAt) {
			const due = new Date(after.nextAttemptAt);
			if (!nextDue || due < nextDue) nextDue = due;
		}
	}
	return nextDue;
}
