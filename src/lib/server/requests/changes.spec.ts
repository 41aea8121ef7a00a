import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { makeUser } from '$lib/server/auth/test-helpers';
import {
	addNote,
	assignTo,
	canMove,
	closeRequest,
	moveTo,
	recordAttempt,
	type Actor
} from './changes';
import { listInbox, timeWaiting } from './inbox';
import { getRequest } from './record';
import { storeRequest } from './test-helpers';

let database: Database;
let actor: Actor;
beforeAll(async () => {
	database = await openTestDatabase();
	const worker = await makeUser(database.db, 'link-worker', ['U00001', 'U00002']);
	actor = { id: worker.id, role: worker.role, address: '192.0.2.44' };
});
afterAll(() => database.close());

const load = async (reference: string) => (await getRequest(database, reference))!;

describe('request changes', () => {
	it('moves through its statuses, with notes and attempts, each audited', async () => {
		const { reference, id } = await storeRequest(database);
		await assignTo(database, await load(reference), actor);
		await recordAttempt(database, await load(reference), actor, {
			method: 'phone',
			result: 'no-answer',
			note: null
		});
		expect((await load(reference)).status).toBe('new');
		await recordAttempt(database, await load(reference), actor, {
			method: 'phone',
			result: 'reached',
			note: 'Talked for 10 minutes'
		});
		expect((await load(reference)).status).toBe('contacted');
		await addNote(database, await load(reference), actor, 'Interested in the walking group');
		expect(await moveTo(database, await load(reference), actor, 'in-progress')).toBe(true);
		expect(await closeRequest(database, await load(reference), actor, 'engaged', null)).toBe(true);
		expect(await closeRequest(database, await load(reference), actor, 'declined', null)).toBe(
			false
		);

		const request = await load(reference);
		expect(request).toMatchObject({
			status: 'closed',
			outcome: 'engaged',
			assignedTo: { id: actor.id }
		});
		expect(request.closedAt).not.toBeNull();
		expect(request.events.map((e) => e.kind).sort()).toEqual(
			['assign', 'attempt', 'attempt', 'note', 'status', 'status'].sort()
		);

		const trail = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('record_id', '=', id)
			.orderBy('id')
			.execute();
		expect(trail.map((a) => a.action)).toEqual([
			'request.create',
			'request.assign',
			'request.attempt',
			'request.attempt',
			'request.note',
			'request.status',
			'request.close'
		]);
		expect(trail[1]).toMatchObject({ actor_id: actor.id, network: '192.0.2.0/24' });
		expect(JSON.stringify(trail)).not.toMatch(/walking|Talked|Sam/);

		expect(await moveTo(database, request, actor, 'in-progress')).toBe(true);
		expect(await load(reference)).toMatchObject({
			status: 'in-progress',
			outcome: null,
			closedAt: null
		});
	});

	it('allows only forward moves, and reopening', () => {
		expect(canMove('new', 'contacted')).toBe(true);
		expect(canMove('contacted', 'new')).toBe(false);
		expect(canMove('in-progress', 'contacted')).toBe(false);
		expect(canMove('closed', 'contacted')).toBe(false);
		expect(canMove('closed', 'in-progress')).toBe(true);
	});
});

describe('listInbox', () => {
	it("lists a PCN's open requests, new first and longest waiting first", async () => {
		const day = (n: number) => new Date(Date.UTC(2026, 0, n, 9));
		const old = await storeRequest(database, { practice: 'A00006' }, day(1));
		const newer = await storeRequest(database, { practice: 'A00007' }, day(3));
		const contacted = await storeRequest(database, { practice: 'A00008' }, day(2));
		const closed = await storeRequest(database, { practice: 'A00009' }, day(2));
		await storeRequest(database, { practice: 'A00001' }, day(1));
		await moveTo(database, await load(contacted.reference), actor, 'contacted');
		await closeRequest(database, await load(closed.reference), actor, 'declined', null);
		await assignTo(database, await load(newer.reference), actor);

		const open = await listInbox(database, { pcns: ['U00002'], userId: actor.id });
		expect(open.map((r) => r.reference)).toEqual([
			old.reference,
			newer.reference,
			contacted.reference
		]);
		expect(open[1]).toMatchObject({ isMine: true, assignedName: expect.any(String) });
		expect(JSON.stringify(open)).not.toMatch(/Sam|07700/);

		const mine = await listInbox(database, { pcns: ['U00002'], assigned: 'me', userId: actor.id });
		expect(mine.map((r) => r.reference)).toEqual([newer.reference]);
		const all = await listInbox(database, { pcns: ['U00002'], status: 'all' });
		expect(all.at(-1)?.reference).toBe(closed.reference);
		expect(await listInbox(database, { pcns: [] })).toEqual([]);
	});

	it('says how long someone has waited', () => {
		const now = new Date('2026-01-10T12:00:00Z');
		expect(timeWaiting('2026-01-10T11:59:00Z', now)).toBe('1 minute');
		expect(timeWaiting('2026-01-10T07:00:00Z', now)).toBe('5 hours');
		expect(timeWaiting('2026-01-09T11:00:00Z', now)).toBe('25 hours');
		expect(timeWaiting('2026-01-07T12:00:00Z', now)).toBe('3 days');
	});
});
