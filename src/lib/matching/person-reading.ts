/**
 * Finds Polish and Urdu phrases (`person-vocabulary.ts`) in a person's words, the longest
 * first. A Latin word of six letters or more may be one slip from a listed word ("spacrey"),
 * but only in text that is plainly Polish or Urdu (Polish letters, Urdu script, or a listed
 * word typed right): English is full of words one letter from a Polish one ("spaces" and
 * "spacer"), and it must read as it did.
 */
import type { Audience } from '../directory/audience';
import type { CategoryId } from '../directory/categories';
import { typoDistance } from '../directory/edit-distance';
import { vocabularyIndex, type CategoryHit } from '../directory/vocabulary';
import { isLatinKey, personWords, type PersonWord } from './person-text';
import {
	hasMeaning,
	PERSON_WORDS_TUNING,
	personIndex,
	type PersonEntry,
	type PersonIndex
} from './person-vocabulary';
import { isMeaningful } from './words';

export interface PersonPhrase {
	/** Where it starts among the words, and how many it covers. */
	start: number;
	length: number;
	entry: PersonEntry;
	/** 1 as listed, less for a typo. */
	quality: number;
}

export interface ScanOptions {
	/** Only the longest phrase at each place, its words not read again (a search's reading). */
	longestOnly?: boolean;
	index?: PersonIndex;
}

const NOT_ENGLISH = /[ąćęłńóśźż\u0600-\u06ff]/;

export function findPersonPhrases(
	words: readonly PersonWord[],
	options: ScanOptions = {}
): PersonPhrase[] {
	const index = options.index ?? personIndex();
	const keys = words.map((word) => word.key);
	const found: PersonPhrase[] = [];
	const covered = new Uint8Array(words.length);
	for (let start = 0; start < keys.length; start++) {
		for (let length = Math.min(index.longest, keys.length - start); length >= 1; length--) {
			const entry = index.phrases.get(keys.slice(start, start + length).join(' '));
			if (!entry) continue;
			found.push({ start, length, entry, quality: 1 });
			covered.fill(1, start, start + length);
			if (options.longestOnly) {
				start += length - 1;
				break;
			}
		}
	}
	const isForeign =
		found.some((phrase) => hasMeaning(phrase.entry)) ||
		words.some((word) => NOT_ENGLISH.test(word.text));
	if (!isForeign) return found;
	words.forEach((word, at) => {
		if (covered[at]) return;
		const entry = typoOf(index, word.key);
		if (entry)
			found.push({ start: at, length: 1, entry, quality: PERSON_WORDS_TUNING.typoQuality });
	});
	return found.sort((a, b) => a.start - b.start);
}

/** The one listed word this is a slip of (same first letter), or none if it could be several. */
function typoOf(index: PersonIndex, key: string): PersonEntry | undefined {
	if (key.length < PERSON_WORDS_TUNING.typoMinLength || !isLatinKey(key) || !isMeaningful(key))
		return undefined;
	if (vocabularyIndex().words.has(key)) return undefined;
	let match: PersonEntry | undefined;
	for (const listed of index.typoWords) {
		if (listed[0] !== key[0] || typoDistance(key, listed, 1) > 1) continue;
		const entry = index.phrases.get(listed)!;
		if (match && meaning(match) !== meaning(entry)) return undefined;
		match = entry;
	}
	return match;
}

const meaning = (entry: PersonEntry) =>
	JSON.stringify([entry.categories, entry.audiences, entry.filter]);

/** Categories the person's Polish or Urdu words point to, the best hit for each. */
export function personCategories(text: string): CategoryHit[] {
	const best = new Map<CategoryId, CategoryHit>();
	for (const { entry, quality } of findPersonPhrases(personWords(text))) {
		for (const category of entry.categories) {
			if (quality > (best.get(category)?.quality ?? 0))
				best.set(category, { category, word: entry.phrase, quality });
		}
	}
	return [...best.values()];
}

/** Groups the person places themselves in, in Polish or Urdu ("dla kobiet", "بزرگ"). */
export function personAudiences(text: string): ReadonlySet<Audience> {
	const said = new Set<Audience>();
	for (const { entry } of findPersonPhrases(personWords(text))) {
		for (const term of entry.audiences) said.add(term);
	}
	return said;
}
