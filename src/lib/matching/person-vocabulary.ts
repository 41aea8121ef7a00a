/**
 * Polish and Urdu words as the English ones mean them (`person-words.json`): per language, the
 * everyday words for each category, the search filters, who a person says they are, and the
 * little words a search in these languages can leave out. Each phrase is indexed by its key
 * (`person-text.ts`), and a phrase of several words also with them joined ("zadarmo" is "za
 * darmo"). A word the English reading already gives the same meaning ("yoga", "online") is
 * left to it, so English is read exactly as before.
 */
import { AUDIENCES, type Audience } from '../directory/audience';
import { ACCESS_FEATURES, isCategoryId, type CategoryId } from '../directory/categories';
import { isLatinKey, phraseKey } from './person-text';
import shipped from './person-words.json' with { type: 'json' };
import { AUDIENCE_SELF_WORDS, FILTER_PHRASES, type SearchFilter } from './search-words';

/** `{ "<language>": { categories, filters, audience, stopwords } }`; `$` keys are comments. */
export type PersonWordList = Readonly<Record<string, unknown>>;

export interface PersonEntry {
	/** The phrase as listed, lower case: the word a reason quotes back to the person. */
	phrase: string;
	categories: CategoryId[];
	audiences: Audience[];
	filter: SearchFilter | null;
	/** A little word ("i", "dla", "کے") a search made in these languages leaves out. */
	isStopword: boolean;
	/** An English filter phrase, where a search reads both languages in one pass. */
	isEnglish?: true;
}

export interface PersonIndex {
	phrases: ReadonlyMap<string, PersonEntry>;
	/** The most words in any phrase, so a scan knows how far to look. */
	longest: number;
	/** Single Latin words long enough to be read as typos, with their keys. */
	typoWords: readonly string[];
}

export const PERSON_WORDS_TUNING = Object.freeze({
	/** Only Latin words this long are read as typos, and only with one slip. */
	typoMinLength: 6,
	/** What a typo counts, as the English reading counts one slip. */
	typoQuality: 0.85
});

const part = (...parts: ('morning' | 'afternoon' | 'evening')[]): SearchFilter => ({
	code: 'part',
	parts
});
const days = (...list: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]) =>
	({ code: 'day', days: list }) satisfies SearchFilter;

/** The file's filter names, as the filters English phrases give. */
const FILTERS: Readonly<Record<string, SearchFilter>> = Object.freeze({
	free: { code: 'cost', maxCost: 'free' },
	'low-cost': { code: 'cost', maxCost: 'low' },
	...Object.fromEntries(
		ACCESS_FEATURES.map((feature) => [feature, { code: 'access', feature } as SearchFilter])
	),
	online: { code: 'online', online: 'only' },
	'in-person': { code: 'online', online: 'exclude' },
	mon: days('mon'),
	tue: days('tue'),
	wed: days('wed'),
	thu: days('thu'),
	fri: days('fri'),
	sat: days('sat'),
	sun: days('sun'),
	weekend: days('sat', 'sun'),
	weekday: days('mon', 'tue', 'wed', 'thu', 'fri'),
	daytime: part('morning', 'afternoon'),
	morning: part('morning'),
	afternoon: part('afternoon'),
	evening: part('evening')
});

const ENGLISH_FILTERS = new Set(FILTER_PHRASES.map(([phrase]) => phrase));

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((word): word is string => typeof word === 'string') : [];
const groups = (value: unknown): [string, string[]][] =>
	value && typeof value === 'object'
		? Object.entries(value).map(([key, words]) => [key, strings(words)])
		: [];

/**
 * Built on the phone, on the first words it reads, so it must stay cheap: no English reading
 * here. The shipped lists hold no word the English vocabulary already reads as the same
 * category (`person-vocabulary.spec.ts` checks it); such a word would only repeat a hit.
 */
export function buildPersonIndex(lists: readonly PersonWordList[]): PersonIndex {
	const phrases = new Map<string, PersonEntry>();
	const entry = (phrase: string): PersonEntry | undefined => {
		const key = phraseKey(phrase);
		if (!key) return undefined;
		let found = phrases.get(key);
		if (!found) {
			const listed = phrase.toLowerCase().normalize('NFKC');
			found = { phrase: listed, categories: [], audiences: [], filter: null, isStopword: false };
			phrases.set(key, found);
		}
		return found;
	};
	for (const list of lists) {
		for (const [language, words] of Object.entries(list)) {
			if (language.startsWith('$') || !words || typeof words !== 'object') continue;
			const { categories, filters, audience, stopwords } = words as Record<string, unknown>;
			for (const [category, phrasesOf] of groups(categories)) {
				if (!isCategoryId(category)) continue;
				for (const phrase of phrasesOf) {
					const found = entry(phrase);
					if (found && !found.categories.includes(category)) found.categories.push(category);
				}
			}
			for (const [name, phrasesOf] of groups(filters)) {
				const filter = FILTERS[name];
				if (!filter) continue;
				for (const phrase of phrasesOf) {
					if (ENGLISH_FILTERS.has(phraseKey(phrase))) continue;
					const found = entry(phrase);
					if (found) found.filter ??= filter;
				}
			}
			for (const [term, phrasesOf] of groups(audience)) {
				if (!(AUDIENCES as readonly string[]).includes(term)) continue;
				const english = AUDIENCE_SELF_WORDS[term as Audience] ?? [];
				for (const phrase of phrasesOf) {
					if (english.includes(phraseKey(phrase))) continue;
					const found = entry(phrase);
					if (found && !found.audiences.includes(term as Audience))
						found.audiences.push(term as Audience);
				}
			}
			for (const phrase of strings(stopwords)) {
				const found = entry(phrase);
				if (found) found.isStopword = true;
			}
		}
	}
	for (const [key, found] of [...phrases]) {
		const joined = key.replace(/ /g, '');
		if (joined !== key && !phrases.has(joined)) phrases.set(joined, found);
	}
	const longest = Math.max(1, ...[...phrases.keys()].map((key) => key.split(' ').length));
	const typoWords = [...phrases]
		.filter(([key, found]) => isLatinKey(key) && hasMeaning(found))
		.filter(([key]) => key.length >= PERSON_WORDS_TUNING.typoMinLength)
		.map(([key]) => key);
	return { phrases, longest, typoWords };
}

/** A Polish or Urdu phrase that names a category, filter or group, not just a little word. */
export function hasMeaning(entry: PersonEntry): boolean {
	if (entry.isEnglish) return false;
	return entry.categories.length > 0 || entry.audiences.length > 0 || entry.filter !== null;
}

let shippedIndex: PersonIndex | undefined;

/** The index of the shipped words, built on first use. */
export function personIndex(): PersonIndex {
	return (shippedIndex ??= buildPersonIndex([shipped]));
}
