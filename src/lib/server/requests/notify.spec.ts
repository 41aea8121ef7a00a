import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { makeUser } from '$lib/server/auth/test-helpers';
import { notifyNewRequests } from './notify';
import { storeRequest } from './test-helpers';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('notifyNewRequests', () => {
	it("mails the PCN's link workers once per burst, with no personal data", async () => {
		const u1 = await makeUser(database.db, 'link-worker', ['U00001']);
		const u2 = await makeUser(database.db, 'link-worker', ['U00002']);
		await makeUser(database.db, 'link-worker', ['U00001'], { status: 'invited' });
		await makeUser(database.db, 'admin');
		await storeRequest(database, { name: 'Priya Secret', practice: 'A00001' });
		await storeRequest(database, { name: 'Priya Secret', practice: null });

		expect(await notifyNewRequests(database, { origin: 'https://waymark.example' })).toBe(2);
		const mail = await database.db.selectFrom('mail_outbox').selectAll().execute();
		expect(mail.map((m) => m.to_address)).toEqual([u1.email]);
		expect(mail[0].subject).toBe('2 new requests are waiting');
		expect(mail[0].body).toContain('https://waymark.example/team/requests');
		expect(mail[0].body).toContain('Westgate and Elswick PCN (demo)');
		expect(`${mail[0].subject} ${mail[0].body}`).not.toMatch(/Priya|07700|get out more|A00001/);

		// Already told: nothing more until another request comes.
		expect(await notifyNewRequests(database)).toBe(0);
		await storeRequest(database, { practice: 'A00007' });
		expect(await notifyNewRequests(database)).toBe(1);
		const latest = await database.db
			.selectFrom('mail_outbox')
			.selectAll()
			.where('to_address', '=', u2.email)
			.execute();
		expect(latest.map((m) => m.subject)).toEqual(['A new request is waiting']);
	});
});
