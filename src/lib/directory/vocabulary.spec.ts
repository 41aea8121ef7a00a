import { describe, expect, it } from 'vitest';
import {
	categoriesFromWords,
	findPhrases,
	normalise,
	vocabularyIndex,
	type Vocabulary
} from './vocabulary';

const phrases = (text: string, options = {}) => findPhrases(text, options).map((h) => h.phrase);

describe('normalise', () => {
	it.each([
		['Men’s Shed', 'mens shed'],
		["men's-shed", 'mens shed'],
		['  Café & Crèche! ', 'cafe and creche'],
		['‘Knit’ and `natter`', 'knit and natter'],
		['', '']
	])('%j → %j', (text, expected) => {
		expect(normalise(text)).toBe(expected);
	});
});

describe('findPhrases', () => {
	it('finds the longest phrase at each word, each once, in order', () => {
		expect(phrases('Walking football, then walking football again')).toEqual([
			'walking football',
			'walking',
			'football'
		]);
	});

	it('reads a plural as its singular', () => {
		expect(phrases('walks and choirs')).toEqual(['walk', 'choir']);
		expect(phrases('food banks')).toContain('food bank');
	});

	it('indexes category ids and labels', () => {
		expect(phrases('Money, debt and benefits advice')).toContain('money debt and benefits advice');
		expect(phrases('memory dementia')).toContain('memory dementia');
	});

	it('reads a typo of a single word, with a lower quality', () => {
		expect(findPhrases('I feel lonley')).toEqual([
			{ phrase: 'lonely', categories: ['meeting-people'], quality: 0.85 }
		]);
	});

	it('reads no typos when told not to', () => {
		expect(findPhrases('lonley', { typos: false })).toEqual([]);
	});

	it.each(['talking', 'morning', 'smoking', 'Heaton', 'art'])(
		'does not read "%s" as a typo',
		(text) => {
			expect(findPhrases(text).every((hit) => hit.quality === 1)).toBe(true);
		}
	);

	it('counts only the longest phrase at each place when asked', () => {
		expect(phrases('a food bank', { longestOnly: true })).toEqual(['food bank']);
		expect(phrases('a food bank')).toEqual(['food bank', 'food']);
	});

	it('reads neutral phrases as no category, so their words mean nothing else', () => {
		const hits = findPhrases('within walking distance', { longestOnly: true, typos: false });
		expect(hits).toEqual([{ phrase: 'walking distance', categories: [], quality: 1 }]);
		expect(categoriesFromWords('within walking distance').map((h) => h.category)).toEqual([
			'being-active'
		]);
	});

	it('leaves the caller’s common words alone', () => {
		expect(phrases('lonley')).toEqual(['lonely']);
		expect(phrases('lonley', { isCommonWord: (word: string) => word === 'lonley' })).toEqual([]);
	});
});

describe('an extra vocabulary', () => {
	const extra: Vocabulary = { 'meeting-people': ['Bletherin’ Club'], $comment: 'ours' };

	it('is merged with the shared one', () => {
		expect(categoriesFromWords('the bletherin club', { vocabulary: extra })).toEqual([
			{ category: 'meeting-people', word: 'bletherin club', quality: 1 }
		]);
		expect(categoriesFromWords('lonely', { vocabulary: extra })[0].category).toBe('meeting-people');
		expect(categoriesFromWords('the bletherin club')).toEqual([]);
	});

	it('is indexed once per object', () => {
		expect(vocabularyIndex(extra)).toBe(vocabularyIndex(extra));
		expect(vocabularyIndex()).toBe(vocabularyIndex());
		expect(vocabularyIndex(extra)).not.toBe(vocabularyIndex());
	});
});

describe('categoriesFromWords', () => {
	it('gives the best hit per category, best first', () => {
		expect(categoriesFromWords('lonley, in debt')).toEqual([
			{ category: 'money-advice', word: 'debt', quality: 1 },
			{ category: 'meeting-people', word: 'lonely', quality: 0.85 }
		]);
	});
});
