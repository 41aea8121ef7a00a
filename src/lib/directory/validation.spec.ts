import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation, sampleVenue } from './fixtures';
import { problemsText, problemText } from '$lib/i18n/problems';
import { validateActivity, validateOrganisation, validateVenue } from './validation';

/** The English words a problem code stands for: the code and its wording are both checked. */
const english = (code: string | undefined) =>
	code === undefined ? undefined : problemText(code, 'en');

describe('validateActivity', () => {
	it('accepts a complete activity unchanged', () => {
		const activity = sampleActivity();
		expect(validateActivity(activity)).toEqual({ ok: true, value: activity });
	});

	it.each([
		['an empty name', { name: '  ' }, 'name', 'Enter the name of the activity'],
		[
			'an unknown category',
			{ categories: ['karate'] },
			'categories.0',
			'Choose a category from the list'
		],
		[
			'a repeated category',
			{ categories: ['food', 'food'] },
			'categories.1',
			'Each category can be chosen once'
		],
		['an unknown status', { status: 'open' }, 'status', 'Choose a status'],
		[
			'a bad review date',
			{ lastReviewed: '1/2/2026' },
			'lastReviewed',
			'Enter a date like 2026-11-23'
		],
		['a negative age', { minAge: -1 }, 'minAge', 'An age cannot be below 0'],
		[
			'ages the wrong way round',
			{ minAge: 60, maxAge: 18 },
			'maxAge',
			'The oldest age must be the same as or above the youngest'
		],
		[
			'a zero cost',
			{ cost: { kind: 'paid', amount: 0, per: 'session' } },
			'cost.amount',
			'A cost must be more than £0; choose "Free" instead'
		],
		[
			'an unknown cost kind',
			{ cost: { kind: 'cheap' } },
			'cost.kind',
			'Choose free, donation, paid or not known'
		],
		[
			'a foreign phone number',
			{ contact: { phone: '+1 555 0100' } },
			'contact.phone',
			'Enter a UK phone number, like 0191 496 0000'
		],
		[
			'a bad email',
			{ contact: { email: 'hello@' } },
			'contact.email',
			'Enter an email address, like name@example.org'
		],
		[
			'a bad language code',
			{ languages: ['english'] },
			'languages.0',
			'Use a two-letter language code, like en'
		],
		[
			'a NUL in the name',
			{ name: 'Walk\u0000' },
			'name',
			'Remove the hidden control characters from the name of the activity'
		],
		[
			'a line break in the summary',
			{ summary: 'Walks\nevery week' },
			'summary',
			'Put the summary on one line, without line breaks'
		],
		[
			'a direction override in the group name',
			{ organisation: { id: 'org-1', name: 'Friends \u202Eof the park' } },
			'organisation.name',
			'Remove the hidden characters that change the direction of text from the name of the group'
		],
		[
			'a description of zero-width spaces',
			{ description: '\u200B\u200B' },
			'description',
			'Type the description again: it is made only of invisible characters'
		],
		[
			'an ESC in a keyword',
			{ keywords: ['walk\u001b'] },
			'keywords.0',
			'Remove the hidden control characters from the keywords'
		]
	])('refuses %s with a field message', (_label, overrides, path, message) => {
		const result = validateActivity({ ...sampleActivity(), ...overrides });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(english(result.errors[path])).toBe(message);
	});

	it.each([
		[
			'an end before the start',
			{ frequency: 'weekly', days: ['mon'], startTime: '12:00', endTime: '10:00' },
			'schedule.sessions.0.endTime',
			'The end time must be after the start time'
		],
		[
			'a weekly session without days',
			{ frequency: 'weekly', days: [], startTime: '10:00', endTime: '11:00' },
			'schedule.sessions.0.days',
			'Choose at least one day'
		],
		[
			'a one-off without a date',
			{ frequency: 'once', days: [], startTime: '10:00', endTime: '11:00' },
			'schedule.sessions.0.startDate',
			'Enter the date of the session'
		],
		[
			'a monthly session without its week',
			{ frequency: 'monthly', days: ['tue'], startTime: '10:00', endTime: '11:00' },
			'schedule.sessions.0.weekOfMonth',
			'Choose which week of the month'
		],
		[
			'a time out of range',
			{ frequency: 'weekly', days: ['mon'], startTime: '25:00', endTime: '26:00' },
			'schedule.sessions.0.startTime',
			'Enter a start time like 10:00'
		]
	])('refuses a schedule with %s', (_label, session, path, message) => {
		const result = validateActivity({ ...sampleActivity(), schedule: { sessions: [session] } });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(english(result.errors[path])).toBe(message);
	});

	it('keeps paragraphs in descriptions and notes', () => {
		const activity = {
			...sampleActivity(),
			description: 'First paragraph.\n\nSecond,\r\nover two lines.',
			schedule: { sessions: [], note: 'Term time only.\nNot in August.' }
		};
		expect(validateActivity(activity)).toEqual({ ok: true, value: activity });
	});

	it('trims text and normalises postcodes and language codes', () => {
		const venue = sampleVenue({
			address: { line1: ' 1 Example Road ', town: 'Newcastle', postcode: 'ne4 6aa' }
		});
		const result = validateActivity({
			...sampleActivity(),
			name: '  Knit and natter ',
			languages: ['EN', 'ar'],
			venues: [venue]
		});
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.value.name).toBe('Knit and natter');
			expect(result.value.languages).toEqual(['en', 'ar']);
			expect(result.value.venues[0].address).toMatchObject({
				line1: '1 Example Road',
				postcode: 'NE4 6AA'
			});
		}
	});

	it('accepts an activity with no category yet (an imported service whose kind is unclear)', () => {
		expect(validateActivity(sampleActivity({ categories: [] })).ok).toBe(true);
	});

	it('refuses something that is not an activity at all', () => {
		expect(validateActivity('knitting').ok).toBe(false);
		expect(validateActivity(null).ok).toBe(false);
	});
});

describe('validateVenue and validateOrganisation', () => {
	it('refuses a venue outside the UK and a bad postcode', () => {
		const result = validateVenue(
			sampleVenue({ lat: 40.7, address: { line1: 'x', town: 'y', postcode: 'NOPE' } })
		);
		expect(result.ok).toBe(false);
		expect(result.ok ? {} : problemsText(result.errors, 'en')).toEqual({
			'address.postcode': 'Enter a full UK postcode, like NE4 6SH',
			lat: 'The venue must be in the UK'
		});
	});

	it('refuses an unknown access feature', () => {
		const result = validateVenue(sampleVenue({ access: { lift: true } as never }));
		expect(result.ok).toBe(false);
	});

	it('accepts a valid organisation and refuses a nameless one', () => {
		expect(validateOrganisation(sampleOrganisation()).ok).toBe(true);
		const result = validateOrganisation(sampleOrganisation({ name: '' }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(english(result.errors.name)).toBe('Enter the name of the group');
	});
});
