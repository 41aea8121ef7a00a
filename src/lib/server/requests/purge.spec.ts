import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { makeUser } from '$lib/server/auth/test-helpers';
import { addNote, closeRequest, recordAttempt } from './changes';
import { purgeClosedRequests, purgeCutoff, retentionMonths } from './purge';
import { storeRequest } from './test-helpers';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

const NOW = new Date('2027-06-15T12:00:00Z');
const monthsAgo = (months: number, days = 0) => {
	const at = purgeCutoff(NOW, months);
	at.setUTCDate(at.getUTCDate() - days);
	return at;
};

describe('retentionMonths', () => {
	it('defaults to 12 and reads RETENTION_MONTHS', () => {
		expect(retentionMonths({})).toBe(12);
		expect(retentionMonths({ RETENTION_MONTHS: '6' })).toBe(6);
	});
	it.each(['0', '-1', '1.5', 'soon'])('refuses RETENTION_MONTHS=%s', (value) => {
		expect(() => retentionMonths({ RETENTION_MONTHS: value })).toThrow(/RETENTION_MONTHS/);
	});
});

describe('purgeClosedRequests', () => {
	it('removes closed requests past retention with their notes, and nothing else', async () => {
		const worker = await makeUser(database.db, 'link-worker', ['U00001']);
		const actor = { id: worker.id, role: worker.role };
		const made = async (closedAt: Date | null, receivedAt = monthsAgo(24)) => {
			const request = await storeRequest(database, {}, receivedAt);
			await addNote(
				database,
				{ id: request.id, status: 'new' },
				actor,
				'Rang, no answer',
				receivedAt
			);
			await recordAttempt(
				database,
				{ id: request.id, status: 'new' },
				actor,
				{ method: 'phone', result: 'no-answer', note: null },
				receivedAt
			);
			if (closedAt) {
				await closeRequest(
					database,
					{ id: request.id, status: 'new' },
					actor,
					'engaged',
					null,
					closedAt
				);
			}
			return request.id;
		};
		const expired = await made(monthsAgo(12, 1));
		const expiredLongAgo = await made(monthsAgo(20));
		const closedRecently = await made(monthsAgo(11));
		const stillOpenOld = await made(null);
		const justInside = await made(monthsAgo(12, -1));

		expect(await purgeClosedRequests(database, { now: NOW, months: 12 })).toBe(2);

		const left = await database.db.selectFrom('requests').select('id').execute();
		const ids = left.map((r) => r.id);
		expect(ids).not.toContain(expired);
		expect(ids).not.toContain(expiredLongAgo);
		expect(ids).toEqual(expect.arrayContaining([closedRecently, stillOpenOld, justInside]));
		const events = await database.db.selectFrom('request_events').select('request_id').execute();
		expect(events.map((e) => e.request_id)).not.toContain(expired);
		expect(events.filter((e) => e.request_id === closedRecently).length).toBeGreaterThan(0);

		// The audit trail stays, and the purge itself is counted.
		const trail = await database.db
			.selectFrom('audit_log')
			.select(['action', 'detail', 'record_id'])
			.execute();
		expect(trail.filter((a) => a.record_id === expired).length).toBeGreaterThan(0);
		expect(trail).toContainEqual({
			action: 'request.purge',
			detail: '2 closed requests older than 12 months',
			record_id: null
		});

		expect(await purgeClosedRequests(database, { now: NOW, months: 12 })).toBe(0);
	});
});
