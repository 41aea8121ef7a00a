/**
 * Reads words as Waymark categories through the shared vocabulary (`vocabulary.json`: everyday
 * and sector words per category), for a person's words ("lonely", "feeling low", "lonley") and
 * an imported service's terms, name and description alike. Text and vocabulary are normalised
 * the same way, so "Men’s Shed", "mens-shed" and "men's shed" all meet.
 */
import Fuse from 'fuse.js';
import { CATEGORY_IDS, CATEGORY_LABELS, isCategoryId, type CategoryId } from './categories';
import { typoQuality } from './edit-distance';
import sharedVocabulary from './vocabulary.json' with { type: 'json' };

/**
 * Category id → words, and the lists `neutral` (phrases that mean no category) and, for reading
 * imported services, `vague`, `asides` and `exclusions` (vocabulary-cues.ts); keys starting with
 * `$` are comments.
 */
export type Vocabulary = Readonly<Record<string, unknown>>;

export const VOCABULARY_TUNING = Object.freeze({
	/** Words shorter than this are never read as typos ("art" ≠ "heart", "bank" ≠ "band"). */
	minTypoWordLength: 5,
	/** fuse.js threshold for typo candidates; edit distance then decides (0 exact … 1 anything). */
	typoThreshold: 0.34,
	typoCandidates: 5
});

export interface PhraseHit {
	/** The vocabulary word or phrase, normalised. */
	phrase: string;
	categories: readonly CategoryId[];
	/** 1 for the phrase or its plural, less for a typo of a single word. */
	quality: number;
}

export interface CategoryHit {
	category: CategoryId;
	/** The vocabulary word or phrase that matched. */
	word: string;
	quality: number;
}

export interface ReadOptions {
	/** A deployment's own words, merged with the shared vocabulary. */
	vocabulary?: Vocabulary;
	/**
	 * Read a word the vocabulary lacks as a typo of one it has ("lonley" → lonely). On by
	 * default; a caller turns it off for long text (a feed's descriptions), where stray near
	 * misses outnumber real typos.
	 */
	typos?: boolean;
	/** Words never read as typos: the caller's common words ("support", "group"). */
	isCommonWord?: (word: string) => boolean;
	/**
	 * Only the longest phrase at each place counts, and its words are not read again, so "food
	 * bank" is one hit rather than "food bank", "food" and "bank". Off by default: a person's
	 * words are read for every category they might mean.
	 */
	longestOnly?: boolean;
}

export interface VocabularyIndex {
	/** Normalised phrase → the categories it suggests. */
	phrases: ReadonlyMap<string, readonly CategoryId[]>;
	/** The most words in any phrase, so a scan knows how far to look. */
	longest: number;
	/**
	 * Every word of every phrase. One of these is meant as written, never a typo of another
	 * ("talking" in "talking therapy" is not "walking", "morning" is not "mourning").
	 */
	words: ReadonlySet<string>;
	/** Single vocabulary words long enough to be read as typos. */
	typos: Fuse<string>;
}

const NOT_ASCII = /[^\t\n\r\x20-\x7e]/;
const ACCENTS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['‘’`]/g;
const WORD = /[a-z0-9]+/g;

/** Lower-case words without accents, apostrophes ("men's" → "mens") or punctuation. */
export function textWords(text: string): string[] {
	let lower = text.toLowerCase();
	if (NOT_ASCII.test(lower)) lower = lower.normalize('NFD').replace(ACCENTS, '');
	if (lower.includes('&')) lower = lower.replace(/&/g, ' and ');
	return lower.replace(APOSTROPHES, '').match(WORD) ?? [];
}

/** The text's words joined by single spaces: how phrases are compared. */
export function normalise(text: string): string {
	return textWords(text).join(' ');
}

function build(extra: Vocabulary | undefined): VocabularyIndex {
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
	const sources = extra ? [sharedVocabulary, extra] : [sharedVocabulary];
	for (const vocabulary of sources) {
		for (const [key, words] of Object.entries(vocabulary)) {
			if (!isCategoryId(key) || !Array.isArray(words)) continue;
			for (const word of words) if (typeof word === 'string') add(word, key);
		}
	}
	// Neutral phrases take their words out of the reading ("walking distance", "run by
	// volunteers") unless a category claims the same phrase.
	for (const vocabulary of sources) {
		const words = (vocabulary as Vocabulary).neutral;
		for (const word of Array.isArray(words) ? words : []) {
			const phrase = typeof word === 'string' ? normalise(word) : '';
			if (phrase && !phrases.has(phrase)) phrases.set(phrase, []);
		}
	}
	const split = [...phrases.keys()].map((phrase) => phrase.split(' '));
	const longest = Math.max(...split.map((words) => words.length));
	const singles = [...phrases.keys()].filter(
		(phrase) => !phrase.includes(' ') && phrase.length >= VOCABULARY_TUNING.minTypoWordLength
	);
	const typos = new Fuse(singles, {
		includeScore: true,
		threshold: VOCABULARY_TUNING.typoThreshold,
		location: 0,
		distance: 20
	});
	return { phrases, longest, words: new Set(split.flat()), typos };
}

let sharedIndex: VocabularyIndex | undefined;
const extendedIndexes = new WeakMap<Vocabulary, VocabularyIndex>();

/** The index of the shared vocabulary, or of it merged with `extra`; built once per object. */
export function vocabularyIndex(extra?: Vocabulary): VocabularyIndex {
	if (!extra) return (sharedIndex ??= build(undefined));
	let index = extendedIndexes.get(extra);
	if (!index) {
		index = build(extra);
		extendedIndexes.set(extra, index);
	}
	return index;
}

/** The phrase as `phrases` has it; a plural ("walks", "food banks") counts as its singular. */
export function knownPhrase(
	phrases: { has(phrase: string): boolean },
	phrase: string
): string | undefined {
	if (phrases.has(phrase)) return phrase;
	const singular = phrase.endsWith('s') ? phrase.slice(0, -1) : '';
	return singular && phrases.has(singular) ? singular : undefined;
}

const known = (index: VocabularyIndex, phrase: string) => knownPhrase(index.phrases, phrase);

/** The vocabulary word this one is a typo of, confirmed by edit distance, with its quality. */
function typoOf(index: VocabularyIndex, word: string): [string, number] | undefined {
	for (const hit of index.typos.search(word, { limit: VOCABULARY_TUNING.typoCandidates })) {
		const quality = typoQuality(word, hit.item);
		if (quality > 0) return [hit.item, quality];
	}
	return undefined;
}

/**
 * Every vocabulary phrase in the text, each once: whole phrases in order of first appearance
 * (the longest at each word), then typos of words no phrase covered.
 */
export function findPhrases(text: string, options: ReadOptions = {}): PhraseHit[] {
	const index = vocabularyIndex(options.vocabulary);
	const words = textWords(text);
	const hits = new Map<string, PhraseHit>();
	const covered = new Uint8Array(words.length);
	for (let start = 0; start < words.length; start++) {
		const end = Math.min(start + index.longest, words.length);
		for (let length = end - start; length >= 1; length--) {
			const phrase = known(index, words.slice(start, start + length).join(' '));
			if (!phrase) continue;
			covered.fill(1, start, start + length);
			if (!hits.has(phrase))
				hits.set(phrase, { phrase, categories: index.phrases.get(phrase)!, quality: 1 });
			if (options.longestOnly) {
				start += length - 1;
				break;
			}
		}
	}
	if (options.typos === false) return [...hits.values()];
	const typos = new Map<string, PhraseHit>();
	words.forEach((word, at) => {
		if (covered[at] || word.length < VOCABULARY_TUNING.minTypoWordLength) return;
		if (index.words.has(word) || options.isCommonWord?.(word)) return;
		const [phrase, quality] = typoOf(index, word) ?? [];
		if (!phrase || !quality || hits.has(phrase)) return;
		if (quality > (typos.get(phrase)?.quality ?? 0))
			typos.set(phrase, { phrase, categories: index.phrases.get(phrase)!, quality });
	});
	return [...hits.values(), ...typos.values()];
}

/** Categories the words point to, the best hit for each, best first. */
export function categoriesFromWords(text: string, options: ReadOptions = {}): CategoryHit[] {
	const best = new Map<CategoryId, CategoryHit>();
	for (const { phrase, categories, quality } of findPhrases(text, options)) {
		for (const category of categories) {
			const current = best.get(category);
			if (!current || quality > current.quality)
				best.set(category, { category, word: phrase, quality });
		}
	}
	return [...best.values()].sort(
		(a, b) => b.quality - a.quality || a.category.localeCompare(b.category)
	);
}
