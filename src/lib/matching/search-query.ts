/**
 * A search box's words, read the way the directory means them: access, cost, online and
 * times become filters (`search-words.ts`), and what is left is matched as words. The search
 * is then an ordinary ranking over the whole directory, so it obeys the same hard rules and
 * gives the same reasons, and a search for something nobody runs finds nothing rather than
 * things that merely share letters.
 */
import { WEEKDAYS, type Weekday } from '../directory/model';
import { textWords } from '../directory/vocabulary';
import type { DayPart, NeedsProfile } from './profile';
import { FILTER_PHRASES, type SearchFilter } from './search-words';
import { TUNING } from './tuning';

export interface SearchQuery {
	/** What was read as filters, in the order typed. */
	filters: SearchFilter[];
	/** The words left to match, as typed. */
	words: string;
}

const PHRASES = new Map(FILTER_PHRASES);
const LONGEST = Math.max(...FILTER_PHRASES.map(([phrase]) => phrase.split(' ').length));
const PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

export function readSearch(text: string): SearchQuery {
	const words = textWords(text);
	const filters: SearchFilter[] = [];
	const rest: string[] = [];
	for (let at = 0; at < words.length;) {
		let length = Math.min(LONGEST, words.length - at);
		for (; length > 0; length--) {
			const filter = PHRASES.get(words.slice(at, at + length).join(' '));
			if (filter) {
				filters.push(filter);
				break;
			}
		}
		if (length === 0) {
			rest.push(words[at]);
			at++;
		} else {
			at += length;
		}
	}
	return { filters, words: rest.join(' ') };
}

/**
 * The profile a search ranks by: the person's starting point (for distance, not as a limit:
 * a search covers the whole directory), then the filters it read.
 */
export function searchProfile(
	query: SearchQuery,
	from: Pick<NeedsProfile, 'origin'> = {}
): NeedsProfile {
	const profile: NeedsProfile = { categories: [] };
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
