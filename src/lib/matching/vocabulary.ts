/**
 * How the ranking reads a person's words as categories ("lonely" → meeting-people, "lonley"
 * too): the shared vocabulary reader, with the matcher's common words never read as typos,
 * and the person's Polish and Urdu words ("samotność", "تنہائی") read beside it.
 */
import { categoriesFromWords as readCategories, type CategoryHit } from '../directory/vocabulary';
import { personCategories } from './person-reading';
import { isMeaningful } from './words';

export type { CategoryHit };

const PERSON_READING = Object.freeze({ isCommonWord: (word: string) => !isMeaningful(word) });

/** Categories a person's words point to, best match per category. */
export function categoriesFromWords(text: string): CategoryHit[] {
	const hits = readCategories(text, PERSON_READING);
	const other = personCategories(text);
	if (other.length === 0) return hits;
	const best = new Map(hits.map((hit) => [hit.category, hit]));
	for (const hit of other) {
		if (hit.quality > (best.get(hit.category)?.quality ?? 0)) best.set(hit.category, hit);
	}
	return [...best.values()].sort(
		(a, b) => b.quality - a.quality || a.category.localeCompare(b.category)
	);
}
