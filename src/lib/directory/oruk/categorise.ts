/**
 * Decides an imported service's Waymark categories (DESIGN.md §3.1), in order of trust:
 * 1. Waymark's own terms (`waymark-categories`), as Waymark's export and some feeds carry;
 * 2. the feed's other taxonomy terms (LGA service types, needs, circumstances…) read through the
 *    vocabulary;
 * 3. the service's name and description, read through the vocabulary; the name (and a term
 *    that matched nothing whole) also with typo tolerance, descriptions being too long for it.
 * The import report says which step decided, so a person can check the guesses. `vocabulary`
 * is a deployment's own words, merged with the shared ones.
 */
import { isCategoryId, type CategoryId } from '../categories';
import {
	findPhrases,
	normalise,
	type PhraseHit,
	type ReadOptions,
	type Vocabulary
} from '../vocabulary';
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

/** Tuning: how much a word counts, and how much evidence a guess from text needs. */
export const CATEGORISE_TUNING = Object.freeze({
	nameWeight: 3,
	descriptionWeight: 1,
	/** Words that say little on their own ("community", "advice") count this much. */
	vagueWeight: 0.4,
	/** A typo in the name counts this much times its quality (1 exact, less per typo). */
	typoWeight: 2.5,
	minTextScore: 2,
	/** A second or third category must score at least this share of the best one. */
	minShareOfBest: 0.4,
	maxCategories: 3
});

/** Vocabulary words that are too vague to decide a category alone. */
const VAGUE = new Set(
	[
		'community',
		'advice',
		'work',
		'home',
		'down',
		'sad',
		'loss',
		'tea',
		'class',
		'classes',
		'course',
		'games',
		'park',
		'heart',
		'pain',
		'ms',
		'condition',
		'brain',
		'appeal',
		'school',
		'social',
		'learn',
		'learning',
		'creative',
		'film',
		'company',
		'chat',
		'alone',
		'lunch',
		'training',
		'skills',
		'conversation',
		'language',
		'reading',
		'digital',
		'environment',
		'child',
		'family',
		'families',
		'parent',
		'parents',
		'mood',
		'worry',
		'sleep',
		'heating',
		'legal',
		'finance',
		'financial',
		'grant',
		'grants',
		'died',
		'death',
		'memory',
		'cook'
	].map(normalise)
);

type Scores = Map<CategoryId, number>;

function addScore(scores: Scores, categories: readonly CategoryId[], weight: number): void {
	for (const category of categories) scores.set(category, (scores.get(category) ?? 0) + weight);
}

function hitWeight({ phrase, quality }: PhraseHit, base: number): number {
	if (quality < 1) return CATEGORISE_TUNING.typoWeight * quality;
	const words = phrase.split(' ').length;
	return (VAGUE.has(phrase) ? CATEGORISE_TUNING.vagueWeight : 1) * base * (1 + 0.5 * (words - 1));
}

function scoreText(text: string, base: number, options: ReadOptions, scores: Scores): void {
	for (const hit of findPhrases(text, options))
		addScore(scores, hit.categories, hitWeight(hit, base));
}

function pick(scores: Scores, minScore: number): CategoryId[] {
	const ranked = [...scores].sort((a, b) => b[1] - a[1]);
	const best = ranked[0]?.[1] ?? 0;
	return ranked
		.filter(([, score]) => score >= minScore && score >= best * CATEGORISE_TUNING.minShareOfBest)
		.slice(0, CATEGORISE_TUNING.maxCategories)
		.map(([category]) => category);
}

/** Categories suggested by other taxonomies' term names ("Befriending", "Debt advice"). */
export function categoriesFromTerms(terms: string[], vocabulary?: Vocabulary): CategoryId[] {
	const scores: Scores = new Map();
	for (const term of terms) {
		const whole = normalise(term);
		const exact = findPhrases(term, { vocabulary, typos: false }).filter(
			(hit) => !VAGUE.has(hit.phrase) || hit.phrase === whole
		);
		// Only a term with no telling phrase is read for typos ("Befreinding").
		const hits =
			exact.length > 0
				? exact
				: findPhrases(term, { vocabulary }).filter(
						(hit) => hit.quality < 1 && !VAGUE.has(hit.phrase)
					);
		for (const hit of hits) addScore(scores, hit.categories, 1);
	}
	return pick(scores, 1);
}

/** Categories suggested by a service's own words. */
export function categoriesFromText(
	name: string,
	description: string,
	vocabulary?: Vocabulary
): CategoryId[] {
	const scores: Scores = new Map();
	scoreText(name, CATEGORISE_TUNING.nameWeight, { vocabulary }, scores);
	scoreText(description, CATEGORISE_TUNING.descriptionWeight, { vocabulary, typos: false }, scores);
	return pick(scores, CATEGORISE_TUNING.minTextScore);
}

export function categorise(input: CategoriseInput, vocabulary?: Vocabulary): Categorised {
	const own = [...new Set(input.waymarkTerms.filter(isCategoryId))];
	if (own.length > 0) return { categories: own, decided: 'waymark-term' };
	const fromTerms = categoriesFromTerms(input.otherTerms, vocabulary);
	if (fromTerms.length > 0) return { categories: fromTerms, decided: 'other-taxonomy' };
	const fromText = categoriesFromText(input.name, input.description, vocabulary);
	if (fromText.length > 0) return { categories: fromText, decided: 'text' };
	return { categories: [], decided: 'none' };
}
