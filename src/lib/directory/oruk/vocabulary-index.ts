/**
 * An index of Waymark's category vocabulary (everyday and sector words per category) for reading
 * imported text. Words and text are normalised the same way, so "Men’s Shed", "mens-shed" and
 * "men's shed" all meet.
 */
import Fuse from 'fuse.js';
import { CATEGORY_IDS, CATEGORY_LABELS, isCategoryId, type CategoryId } from '../categories';
import defaultVocabulary from '../vocabulary.json' with { type: 'json' };

/** Category id → words; extra keys (such as `$comment`) are ignored. */
export type Vocabulary = Readonly<Record<string, unknown>>;

export interface VocabularyIndex {
	/** Normalised phrase → the categories it suggests. */
	phrases: Map<string, CategoryId[]>;
	/** The most words in any phrase, so a scan knows how far to look. */
	longest: number;
	fuzzy: Fuse<{ phrase: string }>;
}

/** Lowercase words without accents, apostrophes or punctuation, joined by single spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function build(vocabulary: Vocabulary): VocabularyIndex {
	const phrases = new Map<string, CategoryId[]>();
	const add = (word: string, category: CategoryId) => {
		const phrase = normalise(word);
		if (!phrase) return;
		const list = phrases.get(phrase) ?? [];
		if (!list.includes(category)) list.push(category);
		phrases.set(phrase, list);
	};
	for (const category of CATEGORY_IDS) {
		add(category.replace(/-/g, ' '), category);
		add(CATEGORY_LABELS[category], category);
	}
	for (const [key, words] of Object.entries(vocabulary)) {
		if (!isCategoryId(key) || !Array.isArray(words)) continue;
		for (const word of words) if (typeof word === 'string') add(word, key);
	}
	const longest = Math.max(...[...phrases.keys()].map((phrase) => phrase.split(' ').length));
	const fuzzy = new Fuse(
		[...phrases.keys()].map((phrase) => ({ phrase })),
		{ keys: ['phrase'], includeScore: true, threshold: 0.3, ignoreLocation: true }
	);
	return { phrases, longest, fuzzy };
}

const cache = new WeakMap<Vocabulary, VocabularyIndex>();

export function vocabularyIndex(vocabulary: Vocabulary = defaultVocabulary): VocabularyIndex {
	let index = cache.get(vocabulary);
	if (!index) {
		index = build(vocabulary);
		cache.set(vocabulary, index);
	}
	return index;
}

/** Every vocabulary phrase found in the text, each once, in order of first appearance. */
export function findPhrases(text: string, index: VocabularyIndex): string[] {
	const words = normalise(text).split(' ').filter(Boolean);
	const found: string[] = [];
	for (let start = 0; start < words.length; start++) {
		for (let length = Math.min(index.longest, words.length - start); length >= 1; length--) {
			const phrase = words.slice(start, start + length).join(' ');
			// A plural ("walks", "choirs") counts as its singular.
			const match = index.phrases.has(phrase)
				? phrase
				: phrase.endsWith('s') && index.phrases.has(phrase.slice(0, -1))
					? phrase.slice(0, -1)
					: undefined;
			if (match && !found.includes(match)) found.push(match);
		}
	}
	return found;
}
