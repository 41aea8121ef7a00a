/**
 * Growing delays after repeated failures, per account and per address. Keys are keyed hashes,
 * so the table holds no email or IP address. Unknown accounts are throttled exactly like real
 * ones, so throttling never tells whether an account exists.
 */
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Tables } from '$lib/server/db/schema';
import type { ThrottleRule } from './config';
import { keyedHash } from './tokens';

export interface ThrottleKey {
	key: string;
	rule: ThrottleRule;
}

export async function throttleKey(
	db: Kysely<Tables>,
	kind: string,
	value: string,
	rule: ThrottleRule
): Promise<ThrottleKey> {
	return { key: `${kind}:${await keyedHash(db, value)}`, rule };
}

export function delayAfter(failures: number, rule: ThrottleRule): number {
	if (failures <= rule.free) return 0;
	return Math.min(rule.baseDelay * 2 ** (failures - rule.free - 1), rule.maxDelay);
}

/**
 * Reserves one attempt against every key before the check it guards runs: refuses it (with
 * the time to wait) when any key is blocked, and otherwise counts it as a failure there and
 * then, in one transaction. So attempts that arrive together cannot all pass the throttle while
 * the slow check of the first is still running. A right answer gives its reservation back with
 * `clearThrottle` or `refundAttempt`.
 */
export async function reserveAttempt(
	db: Kysely<Tables>,
	keys: ThrottleKey[],
	now = new Date()
): Promise<Date | null> {
	return db.transaction().execute(async (trx) => {
		const rows = [];
		for (const { key, rule } of sortedKeys(keys))
			rows.push({ rule, ...(await lockRow(trx, key, now)) });
		const blocked = rows
			.map((r) => (r.blocked_until ? new Date(r.blocked_until) : null))
			.filter((d): d is Date => d !== null && d > now)
			.sort((a, b) => b.getTime() - a.getTime());
		if (blocked.length > 0) return blocked[0];
		for (const row of rows) {
			const isForgotten =
				now.getTime() - new Date(row.last_failure_at).getTime() > row.rule.forgetAfter;
			const failures = isForgotten ? 1 : row.failures + 1;
			const delay = delayAfter(failures, row.rule);
			await trx
				.updateTable('throttles')
				.set({
					failures,
					last_failure_at: now.toISOString(),
					blocked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
				})
				.where('key', '=', row.key)
				.execute();
		}
		return null;
	});
}

/**
 * Gives back an attempt reserved against keys that a right answer does not clear (a shared
 * address), in one statement per key. A block stays while the count is still over the free
 * attempts: a failure that ran alongside may have set it.
 */
export async function refundAttempt(db: Kysely<Tables>, keys: ThrottleKey[]): Promise<void> {
	for (const { key, rule } of keys) {
		await db
			.updateTable('throttles')
			.set({
				failures: sql`failures - 1`,
				// Compares the count before this statement's own decrement.
				blocked_until: sql`case when failures <= ${rule.free + 1} then null else blocked_until end`
			})
			.where('key', '=', key)
			.where('failures', '>', 0)
			.execute();
	}
}

/** One order for every transaction, so two of them never wait on each other's rows. */
function sortedKeys(keys: ThrottleKey[]): ThrottleKey[] {
	return [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The key's row, made if missing and locked until the transaction ends. Writing first takes
 * SQLite's write lock at once (its one connection already runs one transaction at a time);
 * PostgreSQL locks the row with `for update`.
 */
async function lockRow(trx: Transaction<Tables>, key: string, now: Date) {
	await trx
		.insertInto('throttles')
		.values({ key, failures: 0, last_failure_at: now.toISOString(), blocked_until: null })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	const row = await lockedRow(trx, key);
	if (!row) throw new Error('The throttle row vanished inside its transaction');
	return row;
}

function lockedRow(trx: Transaction<Tables>, key: string) {
	const query = trx.selectFrom('throttles').selectAll().where('key', '=', key);
	const isPostgres = trx.getExecutor().adapter instanceof PostgresAdapter;
	return (isPostgres ? query.forUpdate() : query).executeTakeFirst();
}

export async function clearThrottle(db: Kysely<Tables>, keys: ThrottleKey[]): Promise<void> {
	if (keys.length === 0) return;
	await db
		.deleteFrom('throttles')
		.where(
			'key',
			'in',
			keys.map((k) => k.key)
		)
		.execute();
}
