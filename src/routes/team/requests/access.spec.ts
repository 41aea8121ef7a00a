/**
 * Who may see and change a request: only link workers of its PCN. Everyone else gets the same
 * answer as for a request that does not exist (404), a refusal by role (403) or a sign-in
 * redirect (303), and changes nothing. Reads, changes and exports are audited.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { makeUser } from '$lib/server/auth/test-helpers';
import type { StaffUser } from '$lib/server/auth/users';
import { storeRequest } from '$lib/server/requests/test-helpers';
import { fakeEvent, statusOf } from '../test-events';

const opened = openTestDatabase();
vi.mock('$lib/server/db', async (original) => ({
	...(await original<typeof import('$lib/server/db')>()),
	getDatabase: () => opened
}));

const inbox = await import('./+page.server');
const page = await import('./[reference]/+page.server');
const csv = await import('./[reference]/export.csv/+server');
const fhir = await import('./[reference]/service-request.json/+server');

type Who = 'workerA' | 'workerB' | 'workerAB' | 'editor' | 'admin' | 'signedOut';
const people: Record<Who, StaffUser | null> = {} as never;
let database: Database;
let requestA: { reference: string; id: string };

beforeAll(async () => {
	database = await opened;
	people.workerA = await makeUser(database.db, 'link-worker', ['U00001']);
	people.workerB = await makeUser(database.db, 'link-worker', ['U00002']);
	people.workerAB = await makeUser(database.db, 'link-worker', ['U00001', 'U00002']);
	people.editor = await makeUser(database.db, 'vcse-editor', ['org-a']);
	const admin = await makeUser(database.db, 'admin');
	people.admin = { ...admin, hasTotp: true };
	people.signedOut = null;
	requestA = await storeRequest(database, { practice: 'A00001', name: 'Alex Private' });
	await storeRequest(database, { practice: 'A00007' });
});
afterAll(() => database.close());

const path = () => `/team/requests/${requestA.reference}`;
const event = (who: Who, suffix = '', form?: Record<string, string>) =>
	fakeEvent(path() + suffix, {
		user: people[who],
		params: { reference: requestA.reference },
		form
	});
const outsiders: [Who, number][] = [
	['workerB', 404],
	['editor', 403],
	['admin', 403],
	['signedOut', 303]
];
const allowed: [Who, number][] = [
	['workerA', 200],
	['workerAB', 200]
];

const snapshot = () =>
	database.db.selectFrom('requests').selectAll().where('id', '=', requestA.id).executeTakeFirst();
const auditCount = async (action: string) =>
	(
		await database.db
			.selectFrom('audit_log')
			.select('id')
			.where('record_id', '=', requestA.id)
			.where('action', '=', action)
			.execute()
	).length;

describe('the inbox', () => {
	it("lists only the user's PCNs", async () => {
		const refs = async (who: Who) =>
			(
				(await inbox.load(fakeEvent('/team/requests', { user: people[who] }))) as {
					requests: { reference: string; pcnId: string }[];
				}
			).requests.map((r) => r.pcnId);
		expect(await refs('workerA')).toEqual(['U00001']);
		expect(await refs('workerB')).toEqual(['U00002']);
		expect((await refs('workerAB')).sort()).toEqual(['U00001', 'U00002']);
	});

	it.each([
		['editor', 403],
		['admin', 403],
		['signedOut', 303]
	] as [Who, number][])('refuses %s → %i', async (who, status) => {
		expect(
			await statusOf(() => inbox.load(fakeEvent('/team/requests', { user: people[who] })))
		).toBe(status);
	});
});

describe('a request', () => {
	it.each([...allowed, ...outsiders])('open: %s → %i', async (who, status) => {
		const before = await auditCount('request.read');
		expect(await statusOf(() => page.load(event(who)))).toBe(status);
		expect(await auditCount('request.read')).toBe(before + (status === 200 ? 1 : 0));
	});

	it.each([...allowed, ...outsiders])('export CSV and FHIR: %s → %i', async (who, status) => {
		const csvBefore = await auditCount('request.export-csv');
		const fhirBefore = await auditCount('request.export-fhir');
		expect(await statusOf(() => csv.GET(event(who, '/export.csv')))).toBe(status);
		expect(await statusOf(() => fhir.GET(event(who, '/service-request.json')))).toBe(status);
		const added = status === 200 ? 1 : 0;
		expect(await auditCount('request.export-csv')).toBe(csvBefore + added);
		expect(await auditCount('request.export-fhir')).toBe(fhirBefore + added);
	});

	it.each(outsiders)('change: %s → %i, and nothing changes', async (who, status) => {
		const before = await snapshot();
		const forms: [keyof typeof page.actions, Record<string, string>][] = [
			['assignToMe', {}],
			['markContacted', {}],
			['markInProgress', {}],
			['addNote', { note: 'A note' }],
			['recordAttempt', { method: 'phone', result: 'reached' }],
			['closeRequest', { outcome: 'declined' }]
		];
		for (const [action, form] of forms) {
			expect(await statusOf(() => page.actions[action](event(who, '', form)))).toBe(status);
		}
		expect(await snapshot()).toEqual(before);
		const events = await database.db.selectFrom('request_events').select('id').execute();
		expect(events).toHaveLength(0);
	});

	it("records each denied attempt on another PCN's request: who, what and when, nothing personal", async () => {
		const denied = () =>
			database.db
				.selectFrom('audit_log')
				.selectAll()
				.where('action', '=', 'request.access-denied')
				.orderBy('id')
				.execute();
		const before = (await denied()).length;
		const attempts: [string, () => unknown][] = [
			['read', () => page.load(event('workerB'))],
			['export-csv', () => csv.GET(event('workerB', '/export.csv'))],
			['export-fhir', () => fhir.GET(event('workerB', '/service-request.json'))],
			...Object.keys(page.actions).map((name): [string, () => unknown] => [
				name,
				() => page.actions[name as keyof typeof page.actions](event('workerB', '', { note: 'x' }))
			])
		];
		for (const [, attempt] of attempts) expect(await statusOf(attempt)).toBe(404);
		const entries = (await denied()).slice(before);
		expect(entries.map((e) => e.detail)).toEqual(attempts.map(([what]) => what));
		for (const entry of entries) {
			expect(entry).toMatchObject({
				actor_id: people.workerB!.id,
				actor_role: 'link-worker',
				record_type: 'request',
				record_id: requestA.id,
				at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
			});
			expect(JSON.stringify(entry)).not.toContain('Alex');
		}
		// A request that does not exist is not a denial: nothing to record, and the same 404.
		const missing = fakeEvent('/team/requests/WM-ZZZZZ', {
			user: people.workerB,
			params: { reference: 'WM-ZZZZZ' }
		});
		expect(await statusOf(() => page.load(missing))).toBe(404);
		expect(await denied()).toHaveLength(before + attempts.length);
	});

	it('a link worker of its PCN works it through to closed', async () => {
		const run = (action: keyof typeof page.actions, form: Record<string, string> = {}) =>
			statusOf(() => page.actions[action](event('workerA', '', form)));
		expect(await run('assignToMe')).toBe(303);
		expect(await run('addNote', { note: '' })).toBe(400);
		expect(await run('addNote', { note: 'Prefers mornings' })).toBe(303);
		expect(await run('recordAttempt', { method: 'phone' })).toBe(400);
		expect(await run('recordAttempt', { method: 'phone', result: 'reached' })).toBe(303);
		expect(await run('markContacted')).toBe(409);
		expect(await run('markInProgress')).toBe(303);
		expect(await run('closeRequest', { outcome: 'maybe' })).toBe(400);
		expect(await run('closeRequest', { outcome: 'engaged' })).toBe(303);
		expect(await snapshot()).toMatchObject({
			status: 'closed',
			outcome: 'engaged',
			assigned_to: people.workerA!.id
		});
		for (const action of [
			'request.assign',
			'request.note',
			'request.attempt',
			'request.status',
			'request.close'
		]) {
			expect(await auditCount(action), action).toBe(1);
		}
	});
});
