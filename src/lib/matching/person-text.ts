/**
 * A person's words in any script, for reading Polish and Urdu as well as English. Each word
 * keeps the form it was typed in (lower case, NFKC, apostrophes dropped) and gets a key to
 * compare by, in which spellings people mix freely meet: Polish letters lose their marks
 * ("bezpłatne" and "bezplatne"), Urdu loses its optional vowel marks, and the look-alike
 * letters an Arabic keyboard types (ي ك ه) are read as the Urdu ones (ی ک ہ). For English
 * (accents and all) the keys are the words `textWords` makes, so English reads as it did.
 */

export interface PersonWord {
	/** As typed: lower case, NFKC, no apostrophes. */
	text: string;
	/** What phrases are compared by. */
	key: string;
}

const APOSTROPHES = /['‘’`´ʼ]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Latin accents, Urdu vowel marks (zabar, zer, pesh, shadd, hamza above…), and tatweel. */
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
/** NFD leaves ł whole: it is a letter of its own, not l with a mark. */
const LETTERS: Readonly<Record<string, string>> = Object.freeze({
	ł: 'l',
	ي: 'ی',
	ى: 'ی',
	ك: 'ک',
	ه: 'ہ',
	ة: 'ۃ'
});
const FOLDED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const LATIN_KEY = /^[a-z0-9]+$/;

/** One word's comparison key. */
export function wordKey(word: string): string {
	return word
		.normalize('NFD')
		.replace(MARKS, '')
		.replace(FOLDED, (letter) => LETTERS[letter])
		.normalize('NFC');
}

export function personWords(text: string): PersonWord[] {
	let lower = text.toLowerCase().normalize('NFKC').replace(APOSTROPHES, '');
	if (lower.includes('&')) lower = lower.replace(/&/g, ' and ');
	return (lower.match(WORD) ?? []).map((word) => ({ text: word, key: wordKey(word) }));
}

/** A phrase's key: its words' keys joined by single spaces. */
export function phraseKey(text: string): string {
	return personWords(text)
		.map((word) => word.key)
		.join(' ');
}

/** A word of plain Latin letters and digits once folded (Polish, Roman Urdu or English). */
export function isLatinKey(key: string): boolean {
	return LATIN_KEY.test(key);
}
