/**
 * Categories from a service's own words: what the service is for, not every word it mentions.
 * - The name weighs most, then the description's first sentences (what the service is and
 *   offers), then the rest; list items, asides about extras and benefits, and sentences the
 *   feed repeats across services weigh less (text-zones.ts).
 * - A phrase ("food bank", "stay and play") is one hit worth more than a word, and its words
 *   are not counted again; vague words ("community", "advice") count a fraction; neutral
 *   phrases ("walking distance", "run by volunteers") count nothing.
 * - Evidence for a category saturates: its best hit counts fully, each further one less, so a
 *   long description that mentions a word many times does not outweigh a telling name.
 * - Exclusion cues ("care home", "box office", "for professionals") are weighed the same way
 *   and a category must outweigh them, so a care provider or a concert gets none. A
 *   description that says nothing of taking part ("join us", "sessions", "every Tuesday") is
 *   likely a show, so its things to enjoy count less.
 * - Only categories with enough evidence, and near the best one, are kept: none when nothing
 *   fits well.
 * The words and cue lists are data (vocabulary.json, vocabulary-cues.ts).
 */
import { categoryGroup, type CategoryId } from '../categories';
import { cueIndex, findListed, type CueIndex } from '../vocabulary-cues';
import { findPhrases, textWords, type PhraseHit, type Vocabulary } from '../vocabulary';
import { descriptionZones, type Zone } from './text-zones';

export const TEXT_TUNING = Object.freeze({
	nameWeight: 3,
	/** A vague word counts this share of a telling one. */
	vagueShare: 0.3,
	/** Each further word of a phrase adds this share. */
	phraseWordShare: 0.5,
	/** Each further hit for a category counts this share of the one before it. */
	furtherHitShare: 0.6,
	/** Evidence a category needs, and the share of the best category's a second one needs. */
	minScore: 2,
	minShareOfBest: 0.4,
	maxCategories: 3,
	/** A category is kept only if its evidence exceeds the exclusion evidence times this. */
	exclusionRatio: 1,
	/**
	 * The share a thing-to-enjoy category keeps when nothing says a person takes part, in a
	 * description long enough to have said so.
	 */
	spectatorShare: 0.5,
	minWordsToJudgeTakingPart: 12
});

export interface TextOptions {
	vocabulary?: Vocabulary;
	/** Sentences the feed repeats across services (text-zones.ts `repeatedSentences`). */
	repeated?: ReadonlySet<string>;
}

/** A hit's worth before its zone's weight: phrases more, vague words less. */
function worth({ phrase }: PhraseHit, cues: CueIndex): number {
	const words = phrase.split(' ').length;
	const specific = cues.vague.phrases.has(phrase) ? TEXT_TUNING.vagueShare : 1;
	return specific * (1 + TEXT_TUNING.phraseWordShare * (words - 1));
}

/** The best evidence for each phrase, per category: a phrase counts once, where it weighs most. */
function evidence(zones: Zone[], options: TextOptions, cues: CueIndex) {
	const byCategory = new Map<CategoryId, Map<string, number>>();
	const exclusions = new Map<string, number>();
	const keep = (map: Map<string, number>, key: string, value: number) =>
		map.set(key, Math.max(map.get(key) ?? 0, value));
	for (const zone of zones) {
		// No typos: a name's near miss of a vocabulary word is more often another word
		// ("Horsing Around" is not housing) than a slip.
		const hits = findPhrases(zone.text, {
			vocabulary: options.vocabulary,
			typos: false,
			longestOnly: true
		});
		for (const hit of hits) {
			for (const category of hit.categories) {
				const phrases = byCategory.get(category) ?? new Map<string, number>();
				keep(phrases, hit.phrase, zone.weight * worth(hit, cues));
				byCategory.set(category, phrases);
			}
		}
		for (const phrase of findListed(zone.text, cues.exclusions)) {
			const words = phrase.split(' ').length;
			keep(exclusions, phrase, zone.weight * (1 + TEXT_TUNING.phraseWordShare * (words - 1)));
		}
	}
	return { byCategory, exclusions };
}

/** Best hit in full, each further one `furtherHitShare` of the one before. */
function saturate(values: Iterable<number>): number {
	const sorted = [...values].sort((a, b) => b - a);
	return sorted.reduce((sum, value, i) => sum + value * TEXT_TUNING.furtherHitShare ** i, 0);
}

export interface TextScores {
	scores: Map<CategoryId, number>;
	exclusion: number;
	/** Whether anything says a person takes part (or the description is too short to tell). */
	takesPart: boolean;
}

/** Each category's evidence, and the evidence that the service is not one to take part in. */
export function scoreText(
	name: string,
	description: string,
	options: TextOptions = {}
): TextScores {
	const cues = cueIndex(options.vocabulary);
	const zones: Zone[] = [
		{ text: name, weight: TEXT_TUNING.nameWeight },
		...descriptionZones(description, {
			repeated: options.repeated,
			isAside: (text) => findListed(text, cues.asides).length > 0
		})
	];
	const { byCategory, exclusions } = evidence(zones, options, cues);
	const exclusion = saturate(exclusions.values());
	const takesPart =
		textWords(description).length < TEXT_TUNING.minWordsToJudgeTakingPart ||
		zones.some((zone) => findListed(zone.text, cues.participation).length > 0);
	const scores = new Map<CategoryId, number>();
	for (const [category, phrases] of byCategory) {
		const share = takesPart || categoryGroup(category) === 'help' ? 1 : TEXT_TUNING.spectatorShare;
		scores.set(category, share * saturate(phrases.values()));
	}
	return { scores, exclusion, takesPart };
}

export function pickCategories({ scores, exclusion }: TextScores): CategoryId[] {
	const ranked = [...scores].sort((a, b) => b[1] - a[1]);
	const best = ranked[0]?.[1] ?? 0;
	const { minScore, minShareOfBest, exclusionRatio } = TEXT_TUNING;
	return ranked
		.filter(
			([, score]) =>
				score >= minScore && score >= best * minShareOfBest && score > exclusion * exclusionRatio
		)
		.slice(0, TEXT_TUNING.maxCategories)
		.map(([category]) => category);
}

/** Categories suggested by a service's own words. */
export function categoriesFromText(
	name: string,
	description: string,
	options: TextOptions = {}
): CategoryId[] {
	return pickCategories(scoreText(name, description, options));
}
