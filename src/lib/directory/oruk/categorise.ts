/**
 * Decides an imported service's Waymark categories (DESIGN.md §3.1), in order of trust:
 * 1. Waymark's own terms (`waymark-categories`), as Waymark's export and some feeds carry;
 * 2. the feed's other taxonomy terms (LGA service types, needs, circumstances…) read through the
 *    vocabulary;
 * 3. the service's name and description, read for what the service is for (categorise-text.ts).
 * The import report says which step decided, so a person can check the guesses. The vocabulary
 * option is a deployment's own words, merged with the shared ones.
 */
import { isCategoryId, type CategoryId } from '../categories';
import { cueIndex } from '../vocabulary-cues';
import { findPhrases, normalise, type Vocabulary } from '../vocabulary';
import { categoriesFromText, type TextOptions } from './categorise-text';
import type { CategoriesDecidedBy } from './types';

export interface CategoriseInput {
	/** `term` values of `waymark-categories` taxonomy terms. */
	waymarkTerms: string[];
	/** Names of the feed's other taxonomy terms. */
	otherTerms: string[];
	name: string;
	description: string;
}

export interface Categorised {
	categories: CategoryId[];
	decided: CategoriesDecidedBy;
}

/** A taxonomy term's categories: most terms name one kind of service. */
const TERMS_TUNING = Object.freeze({ minShareOfBest: 0.4, maxCategories: 3 });

/** Categories suggested by other taxonomies' term names ("Befriending", "Debt advice"). */
export function categoriesFromTerms(terms: string[], vocabulary?: Vocabulary): CategoryId[] {
	const { vague } = cueIndex(vocabulary);
	const scores = new Map<CategoryId, number>();
	for (const term of terms) {
		const whole = normalise(term);
		const exact = findPhrases(term, { vocabulary, typos: false }).filter(
			(hit) => !vague.phrases.has(hit.phrase) || hit.phrase === whole
		);
		// Only a term with no telling phrase is read for typos ("Befreinding").
		const hits =
			exact.length > 0
				? exact
				: findPhrases(term, { vocabulary }).filter(
						(hit) => hit.quality < 1 && !vague.phrases.has(hit.phrase)
					);
		for (const hit of hits)
			for (const category of hit.categories) scores.set(category, (scores.get(category) ?? 0) + 1);
	}
	const ranked = [...scores].sort((a, b) => b[1] - a[1]);
	const best = ranked[0]?.[1] ?? 0;
	return ranked
		.filter(([, score]) => score >= best * TERMS_TUNING.minShareOfBest)
		.slice(0, TERMS_TUNING.maxCategories)
		.map(([category]) => category);
}

export function categorise(input: CategoriseInput, options: TextOptions = {}): Categorised {
	const own = [...new Set(input.waymarkTerms.filter(isCategoryId))];
	if (own.length > 0) return { categories: own, decided: 'waymark-term' };
	const fromTerms = categoriesFromTerms(input.otherTerms, options.vocabulary);
	if (fromTerms.length > 0) return { categories: fromTerms, decided: 'other-taxonomy' };
	const fromText = categoriesFromText(input.name, input.description, options);
	if (fromText.length > 0) return { categories: fromText, decided: 'text' };
	return { categories: [], decided: 'none' };
}
