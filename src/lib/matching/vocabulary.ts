/**
 * How the ranking reads a person's words as categories ("lonely" → meeting-people, "lonley"
 * too): the shared vocabulary reader, with the matcher's common words never read as typos.
 */
import { categoriesFromWords as readCategories, type CategoryHit } from '../directory/vocabulary';
import { isMeaningful } from './words';

export type { CategoryHit };

const PERSON_READING = Object.freeze({ isCommonWord: (word: string) => !isMeaningful(word) });

/** Categories a person's words point to, best match per category. */
export function categoriesFromWords(text: string): CategoryHit[] {
	return readCategories(text, PERSON_READING);
}
