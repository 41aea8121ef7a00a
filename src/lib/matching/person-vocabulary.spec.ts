import { describe, expect, it } from 'vitest';
import { categoriesFromWords as readEnglish } from '../directory/vocabulary';
import shipped from './person-words.json' with { type: 'json' };
import { isMeaningful } from './words';

const ENGLISH_READING = { isCommonWord: (word: string) => !isMeaningful(word) };

describe('the shipped Polish and Urdu words', () => {
	it('hold no word the English vocabulary already reads as the same category', () => {
		const repeated: string[] = [];
		for (const [language, words] of Object.entries(shipped)) {
			if (language.startsWith('$') || typeof words !== 'object') continue;
			const categories = (words as { categories?: Record<string, string[]> }).categories ?? {};
			for (const [category, phrases] of Object.entries(categories)) {
				for (const phrase of phrases) {
					if (readEnglish(phrase, ENGLISH_READING).some((hit) => hit.category === category))
						repeated.push(`${language} ${category}: ${phrase}`);
				}
			}
		}
		expect(repeated).toEqual([]);
	});
});
