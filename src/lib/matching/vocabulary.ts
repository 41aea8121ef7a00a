/**
 * Reads a person's everyday words as categories with the shared vocabulary
 * ("lonely" → meeting-people, "debt" → money-advice, "feeling low" → mental-wellbeing),
 * tolerant of typos in single words ("lonley"). Built once, on first use.
 */
import Fuse from 'fuse.js';
import { isCategoryId, type CategoryId } from '../directory/categories';
import vocabulary from '../directory/vocabulary.json';
import { allWords, meaningfulWords, normalizeText } from './words';
import { TUNING } from './tuning';
import { typoQuality } from './edit-distance';

export interface CategoryHit {
	category: CategoryId;
	/** The vocabulary word or phrase that matched. */
	word: string;
	/** 1 for an exact match, less for a typo. */
	quality: number;
}

interface VocabularyIndex {
	phrases: Map<string, CategoryId[]>;
	singles: Map<string, CategoryId[]>;
	fuzzy: Fuse<string>;
}

let index: VocabularyIndex | undefined;

function buildIndex(): VocabularyIndex {
	const phrases = new Map<string, CategoryId[]>();
	const singles = new Map<string, CategoryId[]>();
	for (const [key, words] of Object.entries(vocabulary)) {
		if (!isCategoryId(key) || !Array.isArray(words)) continue;
		for (const word of words) {
			const normal = normalizeText(word);
			if (!normal) continue;
			const target = normal.includes(' ') ? phrases : singles;
			const list = target.get(normal) ?? [];
			if (!list.includes(key)) list.push(key);
			target.set(normal, list);
		}
	}
	const fuzzyWords = [...singles.keys()].filter((w) => w.length >= TUNING.MIN_FUZZY_WORD_LENGTH);
	const fuzzy = new Fuse(fuzzyWords, {
		includeScore: true,
		threshold: TUNING.VOCABULARY_THRESHOLD,
		ignoreLocation: false,
		location: 0,
		distance: 20
	});
	return { phrases, singles, fuzzy };
}

/** Categories a person's words point to, best match per category. */
export function categoriesFromWords(text: string): CategoryHit[] {
	index ??= buildIndex();
	const best = new Map<CategoryId, CategoryHit>();
	const add = (categories: CategoryId[], word: string, quality: number) => {
		for (const category of categories) {
			const current = best.get(category);
			if (!current || quality > current.quality) best.set(category, { category, word, quality });
		}
	};
	const padded = ` ${allWords(text).join(' ')} `;
	for (const [phrase, categories] of index.phrases) {
		if (padded.includes(` ${phrase} `)) add(categories, phrase, 1);
	}
	for (const word of new Set(allWords(text))) {
		const exact = index.singles.get(word);
		if (exact) add(exact, word, 1);
	}
	for (const word of new Set(meaningfulWords(text))) {
		if (index.singles.has(word) || word.length < TUNING.MIN_FUZZY_WORD_LENGTH) continue;
		for (const hit of index.fuzzy.search(word, { limit: 5 })) {
			const quality = typoQuality(word, hit.item);
			if (quality > 0) {
				add(index.singles.get(hit.item) ?? [], hit.item, quality);
				break;
			}
		}
	}
	return [...best.values()].sort(
		(a, b) => b.quality - a.quality || a.category.localeCompare(b.category)
	);
}
