/**
 * Finds crisis phrasing in what a person types (`phrases.json`, plus a deployment's own),
 * wherever they type it. Typos are forgiven ("suicdal", "kil myself"), and so are the ways
 * people join or split words ("selfharm", "my self", "can't"), because a missed phrase leaves
 * someone in crisis looking at a list of activities. A false alarm only shows the urgent-help
 * panel, which never stops what the person was doing.
 */
import { typoDistance } from '../directory/edit-distance';
import shipped from './phrases.json' with { type: 'json' };

/** `{ "version": "…", "phrases": { "<language>": ["phrase", …] } }`, as in `phrases.json`. */
export interface CrisisPhraseList {
	version: string;
	phrases: Readonly<Record<string, readonly string[]>>;
}

export const SHIPPED_PHRASES: CrisisPhraseList = shipped;

/**
 * Lower-case words in any script; apostrophes dropped so "can't" is "cant". Combining marks
 * stay inside their word (a Devanagari vowel sign does not split it), and the optional
 * Arabic-script vowel marks (U+064B–U+065F, U+0670) are dropped, so "خُودکُشی" is "خودکشی".
 */
export function crisisWords(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize('NFKC')
			.replace(/['‘’`´]/g, '')
			.replace(/[\u064B-\u065F\u0670]/g, '')
			.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
	);
}

/** Typos forgiven in a word of this length: none below 4 letters, one up to 9, then two. */
function allowed(length: number): number {
	return length < 4 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The same word, or a typo of it that keeps its first letter: people seldom mistype that,
 * and it keeps "warm myself" from reading as "harm myself", "overdue" as "overdose". A short
 * word keeps its length too: "can go on" is not "can't go on".
 */
function close(word: string, target: string): boolean {
	if (word === target) return true;
	const limit = allowed(target.length);
	if (limit === 0 || word[0] !== target[0]) return false;
	if (target.length < 5 && word.length !== target.length) return false;
	return typoDistance(word, target, limit) <= limit;
}

/** Does the phrase start at `at`? Words may be split in two, or two phrase words joined. */
function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
	let t = at;
	for (let p = 0; p < phrase.length;) {
		const word = words[t];
		if (word === undefined) return false;
		if (close(word, phrase[p])) {
			t++;
			p++;
		} else if (t + 1 < words.length && close(word + words[t + 1], phrase[p])) {
			t += 2;
			p++;
		} else if (p + 1 < phrase.length && close(word, phrase[p] + phrase[p + 1])) {
			t++;
			p += 2;
		} else {
			return false;
		}
	}
	return true;
}

export interface CrisisMatcher {
	/** The list's phrases found in the text, each once. */
	find(text: string): string[];
}

export function createCrisisMatcher(
	lists: readonly CrisisPhraseList[] = [SHIPPED_PHRASES]
): CrisisMatcher {
	const phrases = [...new Set(lists.flatMap((list) => Object.values(list.phrases).flat()))].map(
		(phrase) => ({ phrase, words: crisisWords(phrase) })
	);
	return {
		find(text) {
			const words = crisisWords(text);
			if (words.length === 0) return [];
			return phrases
				.filter(
					({ words: target }) =>
						target.length > 0 && words.some((_, at) => matchesAt(words, at, target))
				)
				.map(({ phrase }) => phrase);
		}
	};
}

/** True when the list is shaped as `phrases.json` is. */
export function isCrisisPhraseList(value: unknown): value is CrisisPhraseList {
	if (typeof value !== 'object' || value === null) return false;
	const list = value as Partial<CrisisPhraseList>;
	return (
		typeof list.version === 'string' &&
		typeof list.phrases === 'object' &&
		list.phrases !== null &&
		Object.values(list.phrases).every(
			(words) => Array.isArray(words) && words.every((w) => typeof w === 'string')
		)
	);
}
