import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleVenue } from '../fixtures';
import type { Activity } from '../model';
import { validateActivity } from '../validation';
import { HIDDEN_CHARACTERS_REPAIR, withoutHiddenCharacters } from './hidden-characters';

/** An activity with every text field the schema has filled in. */
const full = (): Activity =>
	sampleActivity({
		venues: [sampleVenue()],
		schedule: { sessions: [], note: 'Term time only.' },
		cost: {
			kind: 'paid',
			amount: 2,
			per: 'session',
			concessions: '£1 for carers',
			note: 'Tea included.'
		},
		eligibility: 'Adults',
		contact: { name: 'Pat', phone: '0191 496 0000', email: 'pat@example.org' }
	});

/** Every string in a value, with its path. */
function strings(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (typeof value === 'string') return [path];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
	}
	return [];
}

function setAt<T>(record: T, path: (string | number)[], change: (s: string) => string): T {
	const copy = structuredClone(record) as Record<string | number, unknown>;
	let node = copy;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = path[path.length - 1];
	node[last] = change(node[last] as string);
	return copy as T;
}

describe('withoutHiddenCharacters', () => {
	const paths = strings(full());

	it.each(paths.map((p) => [p.join('.'), p] as const))(
		'gives %s back as it was once the hidden characters are out',
		(_label, path) => {
			const spoiled = setAt(full(), path, (s) => `${s.slice(0, 1)}\u0000\u202E\u001b${s.slice(1)}`);
			const repairs: string[] = [];
			expect(withoutHiddenCharacters(spoiled, repairs)).toEqual(full());
			expect(repairs).toEqual([`${HIDDEN_CHARACTERS_REPAIR} ${path.join('.')}`]);
		}
	);

	it.each(paths.map((p) => [p.join('.'), p] as const))(
		'treats a line break in %s as the schema does',
		(_label, path) => {
			const broken = setAt(full(), path, (s) => `${s}\nmore`);
			const isAllowed = validateActivity(broken).ok;
			const cleaned = withoutHiddenCharacters(broken, []);
			expect(JSON.stringify(cleaned).includes('\\nmore')).toBe(isAllowed);
		}
	);

	it('leaves a clean record alone and notes nothing', () => {
		const repairs: string[] = [];
		expect(withoutHiddenCharacters(full(), repairs)).toEqual(full());
		expect(repairs).toEqual([]);
	});
});
