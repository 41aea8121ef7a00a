/**
 * Retention: closed requests are deleted, with their notes and contact attempts, a set time
 * after closing (RETENTION_MONTHS, default 12). Their audit entries stay: they name a record
 * id and an action, never the person. Each purge is itself counted in the audit log.
 */
import { recordAudit } from '$lib/server/audit';
import type { Database } from '$lib/server/db';

export const DEFAULT_RETENTION_MONTHS = 12;

export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
	const raw = env.RETENTION_MONTHS;
	if (raw === undefined || raw.trim() === '') return DEFAULT_RETENTION_MONTHS;
	const months = Number(raw);
	if (!Number.isInteger(months) || months < 1) {
		throw new Error('RETENTION_MONTHS must be a whole number of months, 1 or more');
	}
	return months;
}

export function purgeCutoff(now: Date, months: number): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

/** Deletes closed requests past retention; returns how many went. */
export async function purgeClosedRequests(
	{ db }: Database,
	options: { now?: Date; months?: number } = {}
): Promise<number> {
	const now = options.now ?? new Date();
	const months = options.months ?? retentionMonths();
	const cutoff = purgeCutoff(now, months).toISOString();
	return db.transaction().execute(async (trx) => {
		const expired = trx
			.selectFrom('requests')
			.select('id')
			.where('status', '=', 'closed')
			.where('closed_at', '<', cutoff);
		await trx.deleteFrom('request_events').where('request_id', 'in', expired).execute();
		const result = await trx
			.deleteFrom('requests')
			.where('status', '=', 'closed')
			.where('closed_at', '<', cutoff)
			.executeTakeFirst();
		const count = Number(result.numDeletedRows);
		if (count > 0) {
			await recordAudit(trx, {
				action: 'request.purge',
				detail: `${count} closed ${count === 1 ? 'request' : 'requests'} older than ${months} months`,
				at: now
			});
		}
		return count;
	});
}
