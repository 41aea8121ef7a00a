/**
 * How free text becomes words, the same way for a person's words, listings and the
 * vocabulary: lower case, accents and apostrophes dropped ("men's" → "mens"), anything
 * else that is not a letter or digit a space.
 */

const STOPWORDS = new Set(
	(
		'a about after again all also am an and any are as at be been before being but by can ' +
		'could do does for from get getting got had has have help i im ive in into is it its ' +
		'just like lot lots me more my myself need needs new no not now of on or our out really ' +
		'so some something someone than that the their them then there these they thing things ' +
		'this to too up us very want wanted was we week weekly were what when where which who ' +
		'will with would you your group groups club session sessions service services support ' +
		'local people free feel feeling please'
	).split(' ')
);

/** Shortest word kept at all. */
export const MIN_WORD_LENGTH = 3;

const NOT_ASCII = /[^\t\n\r\x20-\x7e]/;

export function normalizeText(text: string): string {
	let lower = text.toLowerCase();
	if (NOT_ASCII.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	return lower
		.replace(/['\u2019]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Every word, stopwords included: for phrase matching. */
export function allWords(text: string): string[] {
	const normal = normalizeText(text);
	return normal ? normal.split(' ') : [];
}

/** The words worth matching on: no stopwords, no numbers, none shorter than 3 letters. */
export function meaningfulWords(text: string): string[] {
	let lower = text.toLowerCase();
	if (NOT_ASCII.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	const words = lower.replace(APOSTROPHES, '').match(WORD);
	if (!words) return [];
	const out: string[] = [];
	for (const word of words) if (isMeaningful(word)) out.push(word);
	return out;
}

const APOSTROPHES = /['\u2019]/g;
const WORD = /[a-z0-9]+/g;
const DIGITS = /^\d+$/;

export function isMeaningful(word: string): boolean {
	return word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word) && !DIGITS.test(word);
}
