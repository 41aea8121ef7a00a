/**
 * The vocabulary's lists besides the categories' words, read when an imported service is
 * categorised from its words (`vocabulary.json`, extended by a deployment's own file alike):
 * - `vague`: words that say little on their own ("community", "advice", "wellbeing"); they count
 *   a fraction of a telling word;
 * - `asides`: phrases that mark a sentence as being about extras, benefits or booking rather
 *   than what the service is ("we also", "can help", "please call"); such a sentence weighs less;
 * - `participation`: phrases that say a person takes part ("join us", "sessions", "beginners");
 *   a service that has none is more likely a show to watch, and its things-to-enjoy categories
 *   count less;
 * - `exclusions`: phrases that say a service is not one a person takes part in (a care home,
 *   home care, a service for professionals, a show with a box office); they count against
 *   every category.
 * (`neutral` phrases, which mean no category at all, are read with the categories' words.)
 */
import { knownPhrase, normalise, textWords, type Vocabulary } from './vocabulary';
import sharedVocabulary from './vocabulary.json' with { type: 'json' };

export const CUE_LISTS = ['vague', 'asides', 'participation', 'exclusions'] as const;
export type CueList = (typeof CUE_LISTS)[number];

/** Normalised phrases, and the most words in any of them, so a scan knows how far to look. */
export interface PhraseList {
	phrases: ReadonlySet<string>;
	longest: number;
}

export type CueIndex = Readonly<Record<CueList, PhraseList>>;

function words(vocabulary: Vocabulary, list: CueList): string[] {
	const given = vocabulary[list];
	return Array.isArray(given) ? given.filter((w): w is string => typeof w === 'string') : [];
}

function build(extra: Vocabulary | undefined): CueIndex {
	const sources = extra ? [sharedVocabulary, extra] : [sharedVocabulary];
	const list = (name: CueList): PhraseList => {
		const phrases = new Set(sources.flatMap((v) => words(v, name).map(normalise)).filter(Boolean));
		const longest = Math.max(1, ...[...phrases].map((p) => p.split(' ').length));
		return { phrases, longest };
	};
	return {
		vague: list('vague'),
		asides: list('asides'),
		participation: list('participation'),
		exclusions: list('exclusions')
	};
}

let sharedIndex: CueIndex | undefined;
const extendedIndexes = new WeakMap<Vocabulary, CueIndex>();

/** The cue lists of the shared vocabulary, or of it merged with `extra`; built once per object. */
export function cueIndex(extra?: Vocabulary): CueIndex {
	if (!extra) return (sharedIndex ??= build(undefined));
	let index = extendedIndexes.get(extra);
	if (!index) {
		index = build(extra);
		extendedIndexes.set(extra, index);
	}
	return index;
}

/** The list's phrases in the text, each once, the longest at each place. */
export function findListed(text: string, list: PhraseList): string[] {
	const found = new Set<string>();
	const all = textWords(text);
	for (let start = 0; start < all.length; start++) {
		for (let length = Math.min(list.longest, all.length - start); length >= 1; length--) {
			const phrase = knownPhrase(list.phrases, all.slice(start, start + length).join(' '));
			if (!phrase) continue;
			found.add(phrase);
			start += length - 1;
			break;
		}
	}
	return [...found];
}
