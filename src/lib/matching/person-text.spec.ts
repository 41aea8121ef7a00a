import { describe, expect, it } from 'vitest';
import { textWords } from '../directory/vocabulary';
import { personWords, phraseKey, wordKey } from './person-text';

describe('reading words in any script', () => {
	it('keeps each word as typed and folds its key', () => {
		expect(personWords('Szydełkowanie, ZA DARMO!')).toEqual([
			{ text: 'szydełkowanie', key: 'szydelkowanie' },
			{ text: 'za', key: 'za' },
			{ text: 'darmo', key: 'darmo' }
		]);
	});

	it.each([
		['bezpłatne', 'bezplatne'],
		['Łódź', 'lodz'],
		['ŻÓŁW', 'zolw'],
		['ćwiczenia', 'cwiczenia']
	])('folds Polish letters, ł included: %s', (word, key) => {
		expect(wordKey(word.toLowerCase())).toBe(key);
	});

	it('drops Urdu vowel marks and tatweel, and reads Arabic-keyboard letters as Urdu', () => {
		expect(phraseKey('وَرزِش')).toBe(phraseKey('ورزش'));
		expect(phraseKey('ورزـــش')).toBe(phraseKey('ورزش'));
		expect(phraseKey('يوگا')).toBe(phraseKey('یوگا'));
		expect(phraseKey('ك')).toBe(phraseKey('ک'));
		expect(phraseKey('صبه')).toBe(phraseKey('صبہ'));
	});

	it('keeps Urdu words whole, marks inside their word', () => {
		expect(personWords('چہل قدمی، مفت').map((word) => word.key)).toEqual(['چہل', 'قدمی', 'مفت']);
	});

	it.each(["Men's shed & café", 'step-free yoga', 'Saturday, 10am: FREE'])(
		'reads English as textWords does: %s',
		(text) => {
			expect(personWords(text).map((word) => word.key)).toEqual(textWords(text));
		}
	);
});
