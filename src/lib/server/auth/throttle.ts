/**
 * Growing delays after repeated failures, per account and per address. Keys are keyed hashes,
 * so the table holds no email or IP address. Unknown accounts are throttled exactly like real
 * ones, so throttling never tells whether an account exists.
 */
import type { Kysely } from 'kysely';
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

/** The time until which any of the keys is blocked, or null when all may try now. */
export async function blockedUntil(
	db: Kysely<Tables>,
	keys: ThrottleKey[],
	now = new Date()
): Promise<Date | null> {
	const rows = await db
		.selectFrom('throttles')
		.select(['blocked_until'])
		.where(
			'key',
			'in',
			keys.map((k) => k.key)
		)
		.execute();
	const latest = rows
		.map((r) => (r.blocked_until ? new Date(r.blocked_until) : null))
		.filter((d): d is Date => d !== null && d > now)
		.sort((a, b) => b.getTime() - a.getTime())[0];
	return latest ?? null;
}

export function delayAfter(failures: number, rule: ThrottleRule): number {
	if (failures <= rule.free) return 0;
	return Math.min(rule.baseDelay * 2 ** (failures - rule.free - 1), rule.maxDelay);
}

/** Counts one more failure against each key and sets its next allowed time. */
export async function recordFailure(
	db: Kysely<Tables>,
	keys: ThrottleKey[],
	now = new Date()
): Promise<void> {
	for (const { key, rule } of keys) {
		await db.transaction().execute(async (trx) => {
			const row = await trx
				.selectFrom('throttles')
				.selectAll()
				.where('key', '=', key)
				.executeTakeFirst();
			const forgotten =
				!row || now.getTime() - new Date(row.last_failure_at).getTime() > rule.forgetAfter;
			const failures = forgotten ? 1 : row.failures + 1;
			const delay = delayAfter(failures, rule);
			const values = {
				failures,
				last_failure_at: now.toISOString(),
				blocked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
			};
			if (row) await trx.updateTable('throttles').set(values).where('key', '=', key).execute();
			else
				await trx
					.insertInto('throttles')
					.values({ key, ...values })
					.onConflict((oc) => oc.column('key').doUpdateSet(values))
					.execute();
		});
	}
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
