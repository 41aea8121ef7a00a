/**
 * The answers of POST /api/requests, run on whichever database the test run uses: the
 * PostgreSQL run proves that text PostgreSQL cannot store (a NUL) is a 400 the phone can show,
 * not a 500 its outbox would retry for ever.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { v4 as uuid } from 'uuid';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { receiveRequest } from './receive';
import { validBody } from './test-helpers';

vi.mock('./notify', () => ({ notifySoon: () => {} }));

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

function post(body: unknown, headers: Record<string, string> = {}) {
	const request = new Request('http://localhost/api/requests', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'idempotency-key': uuid(), ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return receiveRequest(request, database);
}

const stored = async () => (await database.db.selectFrom('requests').select('id').execute()).length;

describe('the body must be UTF-8 JSON', () => {
	it.each([
		['text/plain', 'text/plain'],
		['form data', 'application/x-www-form-urlencoded'],
		['multipart', 'multipart/form-data; boundary=x'],
		['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
		['JSON in UTF-16', 'application/json; charset=utf-16'],
		['a look-alike type', 'application/jsonx'],
		['no type at all', '']
	])('answers 415 to %s, and stores nothing', async (_what, type) => {
		const before = await stored();
		const response = await post(validBody(), { 'content-type': type });
		expect(response.status).toBe(415);
		expect(await response.json()).toEqual({
			message: 'Send the request as JSON in UTF-8 (Content-Type: application/json)'
		});
		expect(await stored()).toBe(before);
	});

	it.each([
		'application/json',
		'application/json; charset=utf-8',
		'Application/JSON;Charset="UTF-8"'
	])('takes %s', async (type) => {
		expect((await post(validBody(), { 'content-type': type })).status).toBe(201);
	});
});

describe('text the request refuses', () => {
	const contact = (email: string) => ({ contact: { method: 'email', phone: null, email } });
	it.each([
		[
			'a NUL in the name',
			{ name: 'Sam\u0000' },
			'name',
			'Remove the hidden control characters from your name'
		],
		[
			'an ESC in the name',
			{ name: 'Sam\u001b[2J' },
			'name',
			'Remove the hidden control characters from your name'
		],
		[
			'a BEL in the name',
			{ name: 'Sam\u0007' },
			'name',
			'Remove the hidden control characters from your name'
		],
		[
			'a line break in the name',
			{ name: 'Sam\r\nJones' },
			'name',
			'Put your name on one line, without line breaks'
		],
		[
			'a line break in the best times',
			{ bestTimes: 'mornings\nnot Fridays' },
			'bestTimes',
			'Put the best times to contact you on one line, without line breaks'
		],
		[
			'a direction override in the name',
			{ name: 'Sam \u202Egnp.exe' },
			'name',
			'Remove the hidden characters that change the direction of text from your name'
		],
		[
			'a direction isolate in the needs',
			{ needs: 'Help \u2066with\u2069 money' },
			'needs',
			'Remove the hidden characters that change the direction of text from what you would like help with'
		],
		[
			'half of an emoji in the needs',
			{ needs: 'Walking \uD83D' },
			'needs',
			'Some characters in what you would like help with are damaged, often by copying and pasting: type them again'
		],
		[
			'a name of zero-width spaces',
			{ name: '\u200B\u200B\u200B' },
			'name',
			'Type your name again: it is made only of invisible characters'
		],
		[
			'a NUL in the email address',
			contact('sam\u0000@example.org'),
			'contact.email',
			'Remove the hidden control characters from your email address'
		],
		[
			'a direction override in the shared answers',
			{ profile: { categories: [], text: 'knit\u202Eting' } },
			'profile.text',
			'Remove the hidden characters that change the direction of text from your own words'
		]
	])('%s: 400 with the field message, nothing stored', async (_what, change, field, message) => {
		const before = await stored();
		const response = await post(validBody(change));
		expect(response.status).toBe(400);
		expect((await response.json()).errors).toEqual({ [field]: message });
		expect(await stored()).toBe(before);
	});

	it('keeps line breaks in what the person would like help with', async () => {
		const response = await post(validBody({ needs: 'Walking\nand\r\ntalking' }));
		expect(response.status).toBe(201);
		const { reference } = await response.json();
		const row = await database.db
			.selectFrom('requests')
			.select('needs')
			.where('reference', '=', reference)
			.executeTakeFirstOrThrow();
		expect(row.needs).toBe('Walking\nand\r\ntalking');
	});
});
