import { describe, expect, it } from 'vitest';
import { MAX_SHARED_IDS, parseSharedIds, sharedListQuery } from './shared-link';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const A = id(1);
const B = id(2);
const C = id(3);

describe('sharedListQuery', () => {
	it('lists each id once, in order, and nothing else', () => {
		expect(sharedListQuery([A, B, A, C])).toBe(`ids=${A},${B},${C}`);
	});

	it(`holds at most ${MAX_SHARED_IDS} ids`, () => {
		const many = Array.from({ length: 60 }, (_, i) => id(i));
		const query = sharedListQuery(many);
		expect(query.split(',')).toHaveLength(MAX_SHARED_IDS);
		expect(parseSharedIds(new URLSearchParams(query).get('ids'))).toEqual({
			ok: true,
			ids: many.slice(0, MAX_SHARED_IDS),
			unreadable: 0
		});
	});
});

describe('parseSharedIds', () => {
	it('reads the ids a shared link carries', () => {
		expect(parseSharedIds(`${A},${B},${C}`)).toEqual({ ok: true, ids: [A, B, C], unreadable: 0 });
	});

	it('forgives spaces, repeats, empty parts and capitals', () => {
		const upper = B.toUpperCase();
		expect(parseSharedIds(` ${A} ,,${A},${upper},`)).toEqual({
			ok: true,
			ids: [A, upper],
			unreadable: 0
		});
	});

	it('keeps what it can read from a damaged link, and counts the rest', () => {
		expect(parseSharedIds(`${A},${B.slice(0, 20)}`)).toEqual({ ok: true, ids: [A], unreadable: 1 });
		expect(parseSharedIds(`${A},<script>,../../etc,${C}`)).toEqual({
			ok: true,
			ids: [A, C],
			unreadable: 2
		});
	});

	it.each([
		[null, 'empty'],
		[undefined, 'empty'],
		['', 'empty'],
		[' , ,', 'empty'],
		['hello', 'unreadable'],
		['1,2,3', 'unreadable'],
		[`${A}x`, 'unreadable'],
		['%00%ZZ', 'unreadable']
	])('%j → %s', (value, problem) => {
		expect(parseSharedIds(value)).toEqual({ ok: false, problem });
	});

	it(`refuses more than ${MAX_SHARED_IDS} ids, however long the junk`, () => {
		const ids = Array.from({ length: MAX_SHARED_IDS + 1 }, (_, i) => id(i)).join(',');
		expect(parseSharedIds(ids)).toEqual({ ok: false, problem: 'too-many' });
		const junk = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(',');
		expect(parseSharedIds(junk)).toEqual({ ok: false, problem: 'too-many' });
		expect(parseSharedIds('x,'.repeat(10_000))).toEqual({ ok: false, problem: 'unreadable' });
	});
	it('reads an id retyped in capitals as the same id, once', () => {
		const id = '4b0c2d1e-1111-4222-8333-444455556666';
		expect(parseSharedIds(`${id.toUpperCase()},${id}`)).toEqual({
			ok: true,
			ids: [id],
			unreadable: 0
		});
	});
});
