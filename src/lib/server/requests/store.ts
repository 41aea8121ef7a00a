/**
 * Writes new request rows durably. On SQLite every commit waits for the disk (synchronous=FULL),
 * so rows arriving together are committed together: one transaction, one sync, and each caller
 * is answered only after that commit (group commit). PostgreSQL commits each in its own
 * transaction; its own WAL flush already groups concurrent commits.
 */
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Database } from '$lib/server/db';
import type { RequestsTable, Tables } from '$lib/server/db/schema';

/** True if stored; false if its key or reference was already taken (the caller looks again). */
export function storeRequestRow(database: Database, row: RequestsTable): Promise<boolean> {
	if (database.dialect === 'postgres') {
		return database.db.transaction().execute((trx) => insert(trx, row));
	}
	let queue = queues.get(database);
	if (!queue) {
		queue = new CommitQueue(database.db);
		queues.set(database, queue);
	}
	return queue.add(row);
}

async function insert(trx: Transaction<Tables> | Kysely<Tables>, row: RequestsTable) {
	const result = await trx
		.insertInto('requests')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.executeTakeFirst();
	if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
	await recordAudit(trx, {
		action: 'request.create',
		record: { type: 'request', id: row.id },
		detail: row.source ? `source ${row.source}` : null,
		at: new Date(row.received_at)
	});
	return true;
}

interface Waiting {
	row: RequestsTable;
	resolve: (stored: boolean) => void;
	reject: (error: unknown) => void;
}

const queues = new WeakMap<Database, CommitQueue>();

class CommitQueue {
	#waiting: Waiting[] = [];
	#isScheduled = false;

	constructor(private readonly db: Kysely<Tables>) {}

	add(row: RequestsTable): Promise<boolean> {
		return new Promise((resolve, reject) => {
			this.#waiting.push({ row, resolve, reject });
			if (!this.#isScheduled) {
				this.#isScheduled = true;
				// Let the requests already on their way join this commit.
				setImmediate(() => void this.#flush());
			}
		});
	}

	async #flush(): Promise<void> {
		const batch = this.#waiting.splice(0);
		try {
			const stored = await this.db.transaction().execute(async (trx) => {
				const results: boolean[] = [];
				for (const { row } of batch) results.push(await insert(trx, row));
				return results;
			});
			batch.forEach((waiting, i) => waiting.resolve(stored[i]));
		} catch (error) {
			for (const waiting of batch) waiting.reject(error);
		} finally {
			this.#isScheduled = false;
			if (this.#waiting.length > 0) {
				this.#isScheduled = true;
				setImmediate(() => void this.#flush());
			}
		}
	}
}
