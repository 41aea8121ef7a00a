/**
 * The ranking returns codes with parameters, never sentences (a formatter per language makes
 * the words): checked over every result, reason, caution and hint for a range of people.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoDirectory } from '$lib/server/seed/demo-directory';
import { createMatcher } from './matcher';
import { FIT_PERSONAS } from './testing/fit-personas';
import { ELSWICK, NOW } from './testing/persona-helpers';

const { activities } = buildDemoDirectory('2026-11-23');
const matcher = createMatcher(activities);
const profiles = [
	...FIT_PERSONAS.map((p) => p.profile),
	{ categories: [], text: 'knitting', origin: ELSWICK, maxDistanceKm: 1, maxCost: 'free' as const },
	{
		categories: ['memory-dementia' as const],
		access: ['hearing-loop' as const],
		online: 'exclude' as const
	}
];

/** Fields whose strings are data (ids, codes, dates, the person's own words), never prose. */
const DATA = /^(?:[a-z0-9-]+|\d{4}-\d{2}-\d{2}(?:T[\d:+-]+)?|\d{2}:\d{2}|[a-z ]+)$/;

function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
	}
	return [];
}

describe('codes, not sentences', () => {
	it('gives every reason, caution and hint as a code whose strings are data', () => {
		let seen = 0;
		for (const profile of profiles) {
			const result = matcher.rank(profile, { now: NOW, limit: 10 });
			for (const r of result.results) {
				for (const item of [...r.reasons, ...r.cautions]) {
					expect(item).toHaveProperty('code');
					for (const [path, text] of strings(item)) expect(text, path).toMatch(DATA);
					seen++;
				}
			}
			for (const hint of result.hints) {
				for (const [path, text] of strings(hint)) expect(text, path).toMatch(DATA);
				seen++;
			}
		}
		expect(seen).toBeGreaterThan(100);
	});
});
