/**
 * A service's description as weighted pieces, for reading what the service is for: what it says
 * first (what it is, what it offers) weighs more than what comes later; list items, asides
 * (extras, benefits, how to book) and sentences the feed repeats across many services (an
 * organisation's blurb pasted into each) weigh less.
 */
import { normalise } from '../vocabulary';

export interface Zone {
	text: string;
	weight: number;
}

export const ZONE_TUNING = Object.freeze({
	/** Weights of the description's first sentences, in order; later ones weigh `laterWeight`. */
	leadWeights: Object.freeze([2, 1.5, 1.25, 1, 1]),
	laterWeight: 0.7,
	/** A list item ("• Free tea and coffee") weighs this share of its place's weight. */
	listItemShare: 0.6,
	/** A sentence about extras, benefits or booking ("We also…", "Please call…"), likewise. */
	asideShare: 0.4,
	/**
	 * A sentence the feed repeats across services weighs this share of its place's weight: it
	 * may be an organisation's blurb, or the description of a series run in several places.
	 */
	repeatedShare: 0.5,
	/** A sentence counts as repeated when this many services have it, and it is this long. */
	minServicesForBoilerplate: 3,
	minWordsForBoilerplate: 5
});

/** Sentences: split at a full stop, question or exclamation mark before a space ("10.30am" stays). */
export function sentences(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((paragraph) => paragraph.replace(/([.!?])\s+(?=[^\s])/g, '$1\n').split('\n'))
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

/** The key a sentence is counted under across a feed. */
export const sentenceKey = (sentence: string) => normalise(sentence);

/**
 * Sentences that at least `minServicesForBoilerplate` of the descriptions share; each
 * description counts once however often it repeats one.
 */
export function repeatedSentences(descriptions: string[]): Set<string> {
	const counts = new Map<string, number>();
	for (const description of descriptions) {
		const keys = new Set(sentences(description).map(sentenceKey));
		for (const key of keys) {
			if (key.split(' ').length < ZONE_TUNING.minWordsForBoilerplate) continue;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return new Set(
		[...counts].filter(([, n]) => n >= ZONE_TUNING.minServicesForBoilerplate).map(([key]) => key)
	);
}

export interface ZoneOptions {
	/** Sentences the feed repeats across services (`repeatedSentences`). */
	repeated?: ReadonlySet<string>;
	/** Whether a sentence is about extras, benefits or booking rather than the service itself. */
	isAside?: (sentence: string) => boolean;
}

export function descriptionZones(description: string, options: ZoneOptions = {}): Zone[] {
	const { repeated, isAside } = options;
	const { leadWeights, laterWeight, listItemShare, asideShare, repeatedShare } = ZONE_TUNING;
	return sentences(description).map((sentence, place) => {
		const isListItem = sentence.startsWith('•');
		const text = sentence.replace(/^•\s*/, '');
		const shares = [
			isListItem ? listItemShare : 1,
			isAside?.(text) ? asideShare : 1,
			repeated?.has(sentenceKey(sentence)) ? repeatedShare : 1
		];
		const weight = shares.reduce((w, share) => w * share, leadWeights[place] ?? laterWeight);
		return { text, weight };
	});
}
