/**
 * The outbox for the pages: its requests as reactive state, and the page's own sending.
 * The page sends on start, when the connection comes back (`online`), when the person
 * returns to the app (`visibilitychange`) and on a backoff timer. It must: Safari and Firefox
 * have no Background Sync, so there the service worker cannot send for it. Where Background
 * Sync exists the service worker may send the same request too; the idempotency key makes
 * that harmless, and whichever gets the 201 first marks the request sent.
 */
import type { OutboxItem } from './db';
import { database } from './db';
import { setWaitingFlag } from './outbox-flag';
import { askForPersistentStorage } from './persistence';
import {
	addToOutbox,
	flushOutbox,
	listOutbox,
	markSent,
	recordResult,
	sendOne
} from './request-outbox';
import type { SendResult } from './request-outbox';

const LOCK = 'waymark-outbox';

/** What the service worker posts after its replay of a request got a 201. */
interface SentMessage {
	type: 'waymark:request-sent';
	key: string;
	reference: string;
	receivedAt: string;
}

class OutboxState {
	items = $state.raw<OutboxItem[]>([]);
	isLoaded = $state(false);
	#isStarted = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#flushing: Promise<void> | undefined;

	async refresh(): Promise<void> {
		this.items = await listOutbox(database());
		this.isLoaded = true;
		setWaitingFlag(this.items.some((item) => item.status === 'waiting'));
	}

	/** Writes the request to the device, then makes one try at once. */
	async add(body: unknown): Promise<{ item: OutboxItem; result: SendResult }> {
		const db = database();
		const item = await addToOutbox(db, body);
		setWaitingFlag(true);
		void askForPersistentStorage();
		const result = await sendOne(item);
		await recordResult(db, item, result);
		await this.refresh();
		this.start();
		if (result.kind === 'retry') this.#schedule(new Date(Date.now() + 2_000));
		return { item, result };
	}

	/** Forgets a refused request (the person writes it again, with a new key). */
	async discard(key: string): Promise<void> {
		await database().outbox.delete(key);
		await this.refresh();
	}

	/** Sends whatever is waiting; one flush at a time, across tabs too where locks exist. */
	flush(isEager = false): Promise<void> {
		this.#flushing ??= this.#flushOnce(isEager).finally(() => (this.#flushing = undefined));
		return this.#flushing;
	}

	async #flushOnce(isEager: boolean) {
		const run = () => flushOutbox(database(), { isEager });
		const nextDue = navigator.locks ? await navigator.locks.request(LOCK, run) : await run();
		await this.refresh();
		if (nextDue) this.#schedule(nextDue);
	}

	#schedule(due: Date) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), Math.max(0, due.getTime() - Date.now()));
	}

	/** Listens for the moments to send again; safe to call from every page. */
	start(): void {
		if (this.#isStarted) return;
		this.#isStarted = true;
		window.addEventListener('online', () => void this.flush(true));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.flush(true);
		});
		// The service worker says when its Background Sync replay got the 201.
		navigator.serviceWorker?.addEventListener('message', (event) => {
			const data = event.data as Partial<SentMessage> | null;
			if (data?.type !== 'waymark:request-sent' || !data.key || !data.reference) return;
			const receivedAt = data.receivedAt ?? new Date().toISOString();
			void markSent(database(), data.key, data.reference, receivedAt).then(() => this.refresh());
		});
		void this.flush(true);
	}
}

export const outbox = new OutboxState();
