/**
 * Validators give problems as codes, never English sentences: every error the directory and
 * request validators return, for a range of bad input, names a message the catalogue has and
 * carries no prose of its own; the words come from the formatter, in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation, sampleVenue } from '$lib/directory/fixtures';
import { validateActivity, validateOrganisation, validateVenue } from '$lib/directory/validation';
import { PROBLEM_MESSAGES, problemText } from '$lib/i18n/problems';
import { validateRequest } from '$lib/server/requests/validation';
import { readProblem } from './problem';

const long = 'x'.repeat(5000);
// The directory's problems are read by staff and the API, in English; a patient's request is
// answered in the patient's language.
const bad: [string, () => Record<string, string>, ('patient' | 'staff')?][] = [
	['an empty activity', () => errors(validateActivity({}))],
	[
		'an activity with wrong kinds of value',
		() =>
			errors(
				validateActivity({
					...sampleActivity(),
					name: long,
					minAge: 80,
					maxAge: 20,
					cost: { kind: 'sometimes' },
					schedule: { sessions: [{ weekday: 'funday', startTime: '25:00' }] }
				})
			)
	],
	['an empty venue', () => errors(validateVenue({}))],
	['a venue far off', () => errors(validateVenue({ ...sampleVenue(), lat: 200, postcode: '??' }))],
	['an empty organisation', () => errors(validateOrganisation({}))],
	[
		'an organisation with a bad address',
		() =>
			errors(validateOrganisation({ ...sampleOrganisation(), email: 'no at sign', url: 'ftp:x' }))
	],
	['an empty request', () => errors(validateRequest({})), 'patient'],
	[
		'a request with junk in it',
		() =>
			errors(
				validateRequest({
					name: long,
					phone: 'call me',
					email: 'x@',
					contactBy: 'pigeon',
					ages: -1
				})
			)
	]
];

function errors(result: { ok: boolean; errors?: Record<string, string> }): Record<string, string> {
	expect(result.ok).toBe(false);
	return result.errors ?? {};
}

describe('validation problems', () => {
	it.each(bad)('are codes the catalogue words, for %s', (_, run, reader = 'staff') => {
		const found = Object.entries(run());
		expect(found.length).toBeGreaterThan(0);
		for (const [field, code] of found) {
			const { key, params } = readProblem(code);
			expect(PROBLEM_MESSAGES, `${field}: ${code}`).toHaveProperty(key);
			expect(key, field).toMatch(/^[a-z0-9_]+$/);
			for (const value of Object.values(params))
				expect(value, `${field}.${key}`).not.toMatch(/\s\S+\s/);
			expect(problemText(code, 'en')).not.toBe(code);
			if (reader === 'patient') expect(problemText(code, 'en')).not.toBe(problemText(code, 'pl'));
		}
	});
});
