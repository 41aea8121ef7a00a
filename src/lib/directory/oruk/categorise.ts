/**
 * Decides an imported service's Waymark categories (DESIGN.md §3.1), in order of trust:
 * 1. Waymark's own terms (`waymark-categories`), as Waymark's export and some feeds carry;
 * 2. the feed's other taxonomy terms (LGA service types, needs, circumstances…) read through the
 *    vocabulary;
 * 3. the service's name and description, read through the vocabulary with typo tolerance.
 * The import report says which step decided, so a person can check the guesses.
 */
import { isCategoryId, type CategoryId } from '../categories';
import type { CategoriesDecidedBy } from './types';
import {
	findPhrases,
	normalise,
	vocabularyIndex,
	type Vocabulary,
	type VocabularyIndex
} from './vocabulary-index';

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
	fuzzyWeight: 2.5,
	fuzzyMaxScore: 0.2,
	fuzzyMinLength: 5,
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

function phraseWeight(phrase: string, base: number): number {
	const words = phrase.split(' ').length;
	return (VAGUE.has(phrase) ? CATEGORISE_TUNING.vagueWeight : 1) * base * (1 + 0.5 * (words - 1));
}

function scoreText(text: string, base: number, index: VocabularyIndex, scores: Scores): string[] {
	const phrases = findPhrases(text, index);
	for (const phrase of phrases)
		addScore(scores, index.phrases.get(phrase) ?? [], phraseWeight(phrase, base));
	return phrases;
}

/** Typos in a name ("Knittng club") still find their word; descriptions are too long for this. */
function scoreFuzzy(name: string, exact: string[], index: VocabularyIndex, scores: Scores): void {
	const covered = new Set(exact.flatMap((phrase) => phrase.split(' ')));
	for (const word of normalise(name).split(' ')) {
		if (word.length < CATEGORISE_TUNING.fuzzyMinLength || covered.has(word)) continue;
		const [best] = index.fuzzy.search(word, { limit: 1 });
		if (!best || (best.score ?? 1) > CATEGORISE_TUNING.fuzzyMaxScore) continue;
		if (Math.abs(best.item.phrase.length - word.length) > 2) continue;
		const weight = CATEGORISE_TUNING.fuzzyWeight * (1 - (best.score ?? 0));
		addScore(scores, index.phrases.get(best.item.phrase) ?? [], weight);
	}
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
	const index = vocabularyIndex(vocabulary);
	const scores: Scores = new Map();
	for (const term of terms) {
		const whole = normalise(term);
		const phrases = findPhrases(term, index).filter((p) => !VAGUE.has(p) || p === whole);
		if (phrases.length > 0) {
			for (const phrase of phrases) addScore(scores, index.phrases.get(phrase) ?? [], 1);
			continue;
		}
		const [best] = index.fuzzy.search(whole, { limit: 1 });
		if (
			best &&
			(best.score ?? 1) <= CATEGORISE_TUNING.fuzzyMaxScore &&
			!VAGUE.has(best.item.phrase)
		)
			addScore(scores, index.phrases.get(best.item.phrase) ?? [], 1);
	}
	return pick(scores, 1);
}

/** Categories suggested by a service's own words. */
export function categoriesFromText(
	name: string,
	description: string,
	vocabulary?: Vocabulary
): CategoryId[] {
	const index = vocabularyIndex(vocabulary);
	const scores: Scores = new Map();
	const inName = scoreText(name, CATEGORISE_TUNING.nameWeight, index, scores);
	scoreFuzzy(name, inName, index, scores);
	scoreText(description, CATEGORISE_TUNING.descriptionWeight, index, scores);
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
