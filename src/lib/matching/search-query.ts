/**
 * A search box's words, read the way the directory means them: access, cost, online and
 * times become filters (`search-words.ts`; in Polish and Urdu, `person-words.json`), and what
 * is left is matched as words. The search
 * is then an ordinary ranking over the whole directory, so it obeys the same hard rules and
 * gives the same reasons, and a search for something nobody runs finds nothing rather than
 * things that merely share letters.
 */
import type { CategoryId } from '../directory/categories';
import { WEEKDAYS, type Weekday } from '../directory/model';
import { findPersonPhrases } from './person-reading';
import { personWords } from './person-text';
import { hasMeaning, personIndex, type PersonEntry, type PersonIndex } from './person-vocabulary';
import type { DayPart, NeedsProfile } from './profile';
import { AUDIENCE_WORDS, FILTER_PHRASES, type SearchFilter } from './search-words';
import { TUNING } from './tuning';

export interface SearchQuery {
	/** What was read as filters, in the order typed. */
	filters: SearchFilter[];
	/** Categories named in Polish or Urdu ("spacer", "سیر"), in the order typed. */
	categories: CategoryId[];
	/** The words left to match, as typed. */
	words: string;
}

const PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

let bothLanguages: PersonIndex | undefined;

/** The Polish and Urdu phrases with the English filter phrases, read in one longest-first pass. */
function searchIndex(): PersonIndex {
	if (bothLanguages) return bothLanguages;
	const base = personIndex();
	const phrases = new Map<string, PersonEntry>(base.phrases);
	for (const [phrase, filter] of FILTER_PHRASES) {
		phrases.set(phrase, {
			phrase,
			categories: [],
			audiences: [],
			filter,
			isStopword: false,
			isEnglish: true
		});
	}
	const longest = Math.max(base.longest, ...FILTER_PHRASES.map(([p]) => p.split(' ').length));
	return (bothLanguages = { phrases, longest, typoWords: base.typoWords });
}

/**
 * Filters first, in English, Polish or Urdu. The rest stays as words, English as before and
 * other scripts as typed, with two exceptions for Polish and Urdu, whose words no listing
 * contains. A word for a group ("kobiety", "بزرگ") becomes the directory's English word for it
 * ("women"), which is how an English search finds a group's listings (their audience field).
 * A word for a category ("spacer", "سیر") becomes the category itself, as if chosen: English
 * category words stay words, found both in listings' text and by the vocabulary, but a Polish
 * word would match no listing's text, and turning it into one English word would need a
 * translation per word and narrow "spacer" to listings that say "walk". With the category
 * asked for and no words left, the search lists that category's activities as a search made
 * only of filters lists what fits. Little words ("i", "کے") go when the search is Polish or Urdu.
 */
export function readSearch(text: string): SearchQuery {
	const words = personWords(text);
	const phrases = findPersonPhrases(words, { longestOnly: true, index: searchIndex() });
	const isOther = phrases.some(({ entry }) => hasMeaning(entry));
	const filters: SearchFilter[] = [];
	const categories: CategoryId[] = [];
	const rest: string[] = [];
	let at = 0;
	for (const { start, length, entry } of phrases) {
		for (; at < start; at++) rest.push(words[at].text);
		at = start + length;
		const english = entry.audiences.flatMap((term) => AUDIENCE_WORDS[term]).slice(0, 1);
		if (entry.filter) filters.push(entry.filter);
		else if (english.length > 0) rest.push(...english);
		else if (entry.categories.length > 0) {
			for (const category of entry.categories)
				if (!categories.includes(category)) categories.push(category);
		} else if (!isOther) {
			rest.push(...words.slice(start, at).map((word) => word.text));
		}
	}
	for (; at < words.length; at++) rest.push(words[at].text);
	return { filters, categories, words: rest.join(' ') };
}

/**
 * The profile a search ranks by: the person's starting point (for distance, not as a limit:
 * a search covers the whole directory), then the filters it read.
 */
export function searchProfile(
	query: SearchQuery,
	from: Pick<NeedsProfile, 'origin'> = {}
): NeedsProfile {
	const profile: NeedsProfile = { categories: [...query.categories] };
	if (from.origin) {
		profile.origin = from.origin;
		profile.maxDistanceKm = TUNING.SEARCH_MAX_DISTANCE_KM;
	}
	if (query.words) profile.text = query.words;
	const access = new Set<NonNullable<NeedsProfile['access']>[number]>();
	const days = new Set<Weekday>();
	const parts = new Set<DayPart>();
	for (const filter of query.filters) {
		switch (filter.code) {
			case 'access':
				access.add(filter.feature);
				break;
			case 'cost':
				profile.maxCost = filter.maxCost;
				break;
			case 'online':
				profile.online = filter.online;
				break;
			case 'day':
				for (const day of filter.days) days.add(day);
				break;
			case 'part':
				for (const part of filter.parts) parts.add(part);
				break;
		}
	}
	if (access.size > 0) profile.access = [...access];
	if (days.size > 0 || parts.size > 0) {
		const someDays = days.size > 0 ? WEEKDAYS.filter((d) => days.has(d)) : WEEKDAYS;
		const someParts = parts.size > 0 ? PARTS.filter((p) => parts.has(p)) : PARTS;
		profile.availability = someDays.flatMap((day) => someParts.map((part) => ({ day, part })));
	}
	return profile;
}
