/**
 * Which words of free text the matcher weighs. Text becomes words as the vocabulary reads it
 * (`textWords`: lower case, no accents or apostrophes), the same for a person's words and
 * listings; stopwords and words that say nothing about an activity are then left out.
 */
import { textWords } from '../directory/vocabulary';

const STOPWORDS = new Set(
	(
		'a about after again all also am an and any are as at be been before being but by can ' +
		'could do does for from get getting got had has have help i im ive in into is it its ' +
		'just like lot lots me more my myself need needs new no not now of on or our out really ' +
		'so some something someone than that the their them then there these they thing things ' +
		'this to too up us very want wanted was we week weekly were what when where which who ' +
		'will with would you your group groups club session sessions service services support ' +
		'local people free feel feeling please only near nearby around somewhere anywhere ' +
		'activity activities'
	).split(' ')
);

/** Shortest word kept at all. */
export const MIN_WORD_LENGTH = 3;

/** The words worth matching on: no stopwords, no numbers, none shorter than 3 letters. */
export function meaningfulWords(text: string): string[] {
	const out: string[] = [];
	for (const word of textWords(text)) if (isMeaningful(word)) out.push(word);
	return out;
}

const DIGITS = /^\d+$/;

export function isMeaningful(word: string): boolean {
	return word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word) && !DIGITS.test(word);
}
