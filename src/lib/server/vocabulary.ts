/**
 * A deployment's own category words (README: `VOCABULARY_PATH`), merged with the shared
 * vocabulary when imported services are categorised. The file has the shape of
 * `src/lib/directory/vocabulary.json`: category id → words, and the cue lists (`neutral`,
 * `vague`, `asides`, `participation`, `exclusions`), each a list of words and phrases; keys
 * starting with `$` are comments. Every key is optional.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATEGORY_IDS, isCategoryId } from '../directory/categories';
import { CUE_LISTS } from '../directory/vocabulary-cues';
import type { Vocabulary } from '../directory/vocabulary';

const cache = new Map<string, Vocabulary>();
/** Lists besides the categories: `neutral` is read with them, the rest by vocabulary-cues.ts. */
const LISTS: readonly string[] = ['neutral', ...CUE_LISTS];

function problemWith(json: unknown): string | undefined {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return 'it must be an object of category ids to lists of words';
	for (const [key, words] of Object.entries(json)) {
		if (key.startsWith('$')) continue;
		if (!isCategoryId(key) && !LISTS.includes(key))
			return `"${key}" is not a Waymark category or list (use one of ${[...CATEGORY_IDS, ...LISTS].join(', ')})`;
		if (!Array.isArray(words) || !words.every((word) => typeof word === 'string'))
			return `"${key}" must be a list of words`;
	}
	return undefined;
}

/**
 * The extra vocabulary named by `path`, else by `VOCABULARY_PATH`; undefined when neither is
 * set. Read once per file, so the vocabulary index built from it is reused.
 */
export function loadExtraVocabulary(
	path = process.env.VOCABULARY_PATH || undefined
): Vocabulary | undefined {
	if (!path) return undefined;
	const file = resolve(process.cwd(), path);
	const cached = cache.get(file);
	if (cached) return cached;
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`Cannot read the vocabulary file ${file}: ${(error as Error).message}`, {
			cause: error
		});
	}
	const problem = problemWith(json);
	if (problem) throw new Error(`The vocabulary file ${file} is not usable: ${problem}`);
	const vocabulary = Object.freeze(json as Vocabulary);
	cache.set(file, vocabulary);
	return vocabulary;
}
