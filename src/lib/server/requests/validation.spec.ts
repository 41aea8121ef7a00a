import { describe, expect, it } from 'vitest';
import { validBody } from './test-helpers';
import { MESSAGES, validateRequest } from './validation';

const contact = (change: Record<string, unknown>) => ({
	contact: { method: 'phone', phone: '07700 900123', email: null, ...change }
});

describe('validateRequest', () => {
	it('accepts a full body and tidies it', () => {
		const result = validateRequest(
			validBody({ name: '  Sam  ', practice: 'a00001', area: 'ne4', source: 'qr' })
		);
		expect(result).toMatchObject({
			ok: true,
			value: {
				name: 'Sam',
				contact: { method: 'phone', phone: '07700900123', email: null },
				practice: 'A00001',
				area: 'NE4',
				source: 'qr',
				language: 'en',
				profile: null
			}
		});
	});

	it('accepts the least a person must give', () => {
		const result = validateRequest({
			name: 'Sam',
			contact: { method: 'email', email: 'Sam@Example.org' },
			consent: true
		});
		expect(result).toMatchObject({
			ok: true,
			value: { contact: { email: 'sam@example.org', phone: null }, practice: null, needs: null }
		});
	});

	it.each([
		['name missing', { name: undefined }, 'name', MESSAGES.name],
		['name blank', { name: '   ' }, 'name', MESSAGES.name],
		['name too long', { name: 'x'.repeat(101) }, 'name', MESSAGES.nameLong],
		['contact missing', { contact: undefined }, 'contact', MESSAGES.method],
		['method unknown', contact({ method: 'fax' }), 'contact.method', MESSAGES.method],
		['phone missing', contact({ phone: null }), 'contact.phone', MESSAGES.phone],
		['phone not UK', contact({ phone: '+1 202 555 0100' }), 'contact.phone', MESSAGES.phone],
		['phone too short', contact({ phone: '07700 9001' }), 'contact.phone', MESSAGES.phone],
		[
			'text to a landline',
			contact({ method: 'text', phone: '0191 496 0000' }),
			'contact.phone',
			MESSAGES.mobile
		],
		['email missing', contact({ method: 'email' }), 'contact.email', MESSAGES.email],
		[
			'email malformed',
			contact({ method: 'email', email: 'sam@' }),
			'contact.email',
			MESSAGES.email
		],
		['best times too long', { bestTimes: 'x'.repeat(201) }, 'bestTimes', MESSAGES.bestTimes],
		['practice malformed', { practice: 'GP1' }, 'practice', MESSAGES.practice],
		['needs too long', { needs: 'x'.repeat(2001) }, 'needs', MESSAGES.needs],
		['consent missing', { consent: undefined }, 'consent', MESSAGES.consent],
		['consent false', { consent: false }, 'consent', MESSAGES.consent],
		['consent as text', { consent: 'yes' }, 'consent', MESSAGES.consent],
		['language malformed', { language: 'english' }, 'language', MESSAGES.language],
		['source unknown', { source: 'poster' }, 'source', MESSAGES.source],
		['full postcode as area', { area: 'NE4 6SH' }, 'area', MESSAGES.area],
		[
			'profile cost unknown',
			{ profile: { categories: [], maxCost: 'cheap' } },
			'profile.maxCost',
			undefined
		]
	])('refuses %s', (_, change, path, message) => {
		const result = validateRequest(validBody(change));
		expect(result.ok).toBe(false);
		const errors = result.ok ? {} : result.errors;
		expect(Object.keys(errors)).toContain(path);
		if (message) expect(errors[path]).toBe(message);
		else expect(errors[path]).toMatch(/\w/);
	});

	it('gives every problem at once, one message per field', () => {
		const result = validateRequest({ contact: { method: 'text' }, consent: false });
		expect(result.ok ? {} : result.errors).toEqual({
			name: MESSAGES.name,
			'contact.phone': MESSAGES.phone,
			consent: MESSAGES.consent
		});
	});

	it('accepts +44 numbers and a shared profile', () => {
		const result = validateRequest(
			validBody({
				...contact({ method: 'text', phone: '+44 7700 900123' }),
				profile: { categories: ['meeting-people'], maxCost: 'free' }
			})
		);
		expect(result).toMatchObject({
			ok: true,
			value: { contact: { phone: '+447700900123' }, profile: { categories: ['meeting-people'] } }
		});
	});

	it.each([null, [], 'text', 3])('refuses a body that is not an object: %j', (body) => {
		expect(validateRequest(body).ok).toBe(false);
	});

	it('keeps a shared starting point only to about a kilometre', () => {
		const result = validateRequest(
			validBody({ profile: { categories: [], origin: { lat: 54.97123, lng: -1.64567 } } })
		);
		expect(result).toMatchObject({
			ok: true,
			value: { profile: { origin: { lat: 54.97, lng: -1.65 } } }
		});
	});
});
