import { describe, expect, it } from 'vitest';
import { buildTextIndex, matchText, rarityOf } from './text-index';
import { activity } from './testing/builders';

describe('how much a word counts', () => {
	it('counts a rare word whole and a common one less, never below the floor', () => {
		expect(rarityOf(2, 200)).toBe(1);
		expect(rarityOf(20, 200)).toBeCloseTo(0.77, 2);
		expect(rarityOf(100, 200)).toBeCloseTo(0.23, 2);
		expect(rarityOf(200, 200)).toBe(0.2);
	});

	it('counts every word whole in a directory too small to tell', () => {
		expect(rarityOf(5, 10)).toBe(1);
	});

	it('lets a word that half the directory uses count less than a rare one', () => {
		const common = Array.from({ length: 60 }, (_, i) =>
			activity({
				name: `Group ${i}`,
				summary: 'A friendly welcome.',
				keywords: [],
				description: ''
			})
		);
		const rare = activity({ name: 'Chess club', summary: 'A friendly welcome.', keywords: [] });
		const index = buildTextIndex([...common, rare]);
		const { scores } = matchText(index, 'friendly chess');
		expect(scores![60]).toBeGreaterThan(scores![0] * 3);
	});
});

describe('words worth naming', () => {
	it('names a rare word a person typed, never one half the directory uses', async () => {
		const { rank } = await import('./matcher');
		const { NOW } = await import('./testing/builders');
		const directory = Array.from({ length: 60 }, (_, i) =>
			activity({ name: `Group ${i}`, summary: 'Meet new people.', keywords: [], description: '' })
		);
		directory.push(
			activity({ name: 'Tiddlywinks club', summary: 'Meet new people.', keywords: [] })
		);
		const { results } = rank({ categories: [], text: 'meet tiddlywinks' }, directory, {
			now: NOW,
			limit: Infinity
		});
		const mentions = results.flatMap((r) => r.reasons.filter((x) => x.code === 'mentions'));
		expect(mentions).toContainEqual({ code: 'mentions', term: 'tiddlywinks' });
		expect(mentions).not.toContainEqual({ code: 'mentions', term: 'meet' });
	});
});

describe('whole phrases', () => {
	it('puts a listing named by all the words ahead of ones with some of them', () => {
		const football = activity({ name: 'Walking football', keywords: [] });
		const walk = activity({ name: 'Health walk', keywords: ['walking'] });
		const index = buildTextIndex([football, walk]);
		const { scores } = matchText(index, 'walking football');
		expect(scores![0]).toBe(1);
		expect(scores![1]).toBeLessThan(0.6);
	});
});
