/**
 * Word matching over a directory, built once per directory version. Every word of an
 * activity's short fields (name, keywords, who it is for, category labels, summary, its
 * organisation and venues) and the start of its description goes into postings (word →
 * activities, with the field it came from). A query word is looked up exactly, then fuse.js
 * searches the distinct short-field words, not the activities, for typos ("gardning",
 * "knittin"): the fuzzy step costs the same whether the directory holds a thousand activities
 * or a hundred thousand.
 *
 * A word that many listings use says little about any of them ("meet", "friendly"), so each
 * term counts by how rare it is in this directory (an inverse document frequency). Several
 * words that stand together in a listing's name or a keyword ("walking football") match it
 * whole, ahead of listings that have only some of them.
 */
import Fuse from 'fuse.js';
import { CATEGORY_LABELS } from '../directory/categories';
import { typoQuality } from '../directory/edit-distance';
import type { Activity } from '../directory/model';
import { AUDIENCE_WORDS } from './search-words';
import { TUNING } from './tuning';
import { meaningfulWords } from './words';

export const FIELDS = [
	'name',
	'keyword',
	'audience',
	'category',
	'summary',
	'organisation',
	'place',
	'description'
] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT = FIELDS.map((field) => TUNING.FIELD_WEIGHTS[field]);
const DESCRIPTION_CODE = FIELDS.indexOf('description');
/** Fields whose words a person can be told were matched ("Mentions “knitting”"). */
export const TELLING_FIELDS: ReadonlySet<Field> = new Set(['name', 'keyword', 'summary']);
/** Long descriptions add little beyond their opening; this caps index size and build time. */
const MAX_DESCRIPTION_WORDS = 120;
const MAX_DESCRIPTION_CHARS = 1200;
const FUZZY_CANDIDATES = 12;
/** "knit" finds "knitting"; shorter words only match whole. */
const PREFIX_MIN_LENGTH = 4;
const CATEGORY_WORDS: Partial<Record<string, string[]>> = Object.fromEntries(
	Object.entries(CATEGORY_LABELS).map(([id, label]) => [id, meaningfulWords(label)])
);

export interface TextIndex {
	termIds: Map<string, number>;
	/** Per term: activity index × 8 + field code. */
	postings: number[][];
	/** Per term: how much a match counts, by how few listings use it (0–1). */
	rarity: Float32Array;
	/** Per activity: its name and keywords as " word word | word … ", for whole phrases. */
	titles: string[];
	fuzzy: Fuse<string>;
	size: number;
}

export function activityFields(activity: Activity): [Field, string[]][] {
	return [
		['name', meaningfulWords(activity.name)],
		['keyword', meaningfulWords(activity.keywords.join(' '))],
		['audience', activity.audience.flatMap((term) => AUDIENCE_WORDS[term])],
		['category', activity.categories.flatMap((c) => CATEGORY_WORDS[c] ?? [])],
		['summary', meaningfulWords(activity.summary)],
		['organisation', meaningfulWords(activity.organisation.name)],
		['place', meaningfulWords(activity.venues.map((v) => `${v.name} ${v.address.town}`).join(' '))],
		[
			'description',
			meaningfulWords(activity.description.slice(0, MAX_DESCRIPTION_CHARS)).slice(
				0,
				MAX_DESCRIPTION_WORDS
			)
		]
	];
}

export function buildTextIndex(activities: readonly Activity[]): TextIndex {
	const termIds = new Map<string, number>();
	const postings: number[][] = [];
	const shortTerms = new Set<string>();
	/** The last activity each term was posted for: a word counts once per activity. */
	const lastSeen: number[] = [];
	activities.forEach((activity, index) => {
		activityFields(activity).forEach(([, words], code) => {
			for (const word of words) {
				let id = termIds.get(word);
				if (id === undefined) {
					id = postings.length;
					termIds.set(word, id);
					postings.push([]);
					lastSeen.push(-1);
				}
				if (lastSeen[id] === index) continue;
				lastSeen[id] = index;
				postings[id].push(index * 8 + code);
				if (code < DESCRIPTION_CODE) shortTerms.add(word);
			}
		});
	});
	const fuzzyTerms = [...shortTerms].filter((term) => term.length >= PREFIX_MIN_LENGTH);
	const fuzzy = new Fuse(fuzzyTerms, {
		includeScore: true,
		threshold: TUNING.FUZZY_THRESHOLD,
		location: 0,
		distance: 20
	});
	const rarity = Float32Array.from(postings, (list) => rarityOf(list.length, activities.length));
	const titles = activities.map(
		(a) => ` ${[a.name, ...a.keywords].map((t) => meaningfulWords(t).join(' ')).join(' | ')} `
	);
	return { termIds, postings, rarity, titles, fuzzy, size: activities.length };
}

/**
 * 1 for a word at most a few listings use, falling for common ones: a word in a tenth of
 * them counts about 0.77, in half of them about 0.23 (never below TUNING.MIN_RARITY). A small
 * directory says too little about which words are common, so there every word counts whole.
 */
export function rarityOf(listings: number, size: number): number {
	if (size < TUNING.RARITY_MIN_LISTINGS) return 1;
	const share = listings / size;
	if (share <= TUNING.RARE_SHARE) return 1;
	const value = 1 - Math.log(share / TUNING.RARE_SHARE) / Math.log(1 / TUNING.RARE_SHARE);
	return Math.max(TUNING.MIN_RARITY, value);
}

export interface WordMatch {
	word: string;
	/** Matching directory words and how close each is (1 exact). */
	terms: Map<string, number>;
}

export interface TextMatch {
	/** Per activity, 0–1; null when the words matched nothing at all. */
	scores: Float32Array | null;
	words: WordMatch[];
	/** How rare each matched directory word is (see `rarityOf`). */
	rarity: ReadonlyMap<string, number>;
}

/** A person's words against the directory. */
export function matchText(index: TextIndex, text: string | undefined): TextMatch {
	const words = [...new Set(meaningfulWords(text ?? ''))].map((word) => findTerms(index, word));
	const matched = words.filter((w) => w.terms.size > 0);
	if (matched.length === 0) return { scores: null, words: [], rarity: new Map() };
	const rarity = new Map<string, number>();
	const scores = new Float32Array(index.size);
	const best = new Float32Array(index.size);
	const covered = matched.length > 1 ? new Uint8Array(index.size) : null;
	const touched: number[] = [];
	for (const { terms } of matched) {
		for (const [term, quality] of terms) {
			const id = index.termIds.get(term)!;
			rarity.set(term, index.rarity[id]);
			const weight = quality * index.rarity[id];
			for (const packed of index.postings[id]) {
				const activity = packed >> 3;
				const value = weight * FIELD_WEIGHT[packed & 7];
				if (best[activity] === 0) touched.push(activity);
				if (value > best[activity]) best[activity] = value;
			}
		}
		for (const activity of touched) {
			scores[activity] += best[activity] / matched.length;
			best[activity] = 0;
			if (covered) covered[activity]++;
		}
		touched.length = 0;
	}
	if (covered) {
		const phrase = ` ${matched.map(bestTerm).join(' ')} `;
		for (let activity = 0; activity < index.size; activity++) {
			if (covered[activity] === matched.length && index.titles[activity].includes(phrase)) {
				scores[activity] = 1;
			}
		}
	}
	return { scores, words: matched, rarity };
}

function bestTerm({ terms }: WordMatch): string {
	let best = '';
	let quality = -1;
	for (const [term, q] of terms) if (q > quality) [best, quality] = [term, q];
	return best;
}

function findTerms(index: TextIndex, word: string): WordMatch {
	const terms = new Map<string, number>();
	const isKnown = index.termIds.has(word);
	if (isKnown) terms.set(word, 1);
	if (word.length >= PREFIX_MIN_LENGTH) {
		for (const hit of index.fuzzy.search(word, { limit: FUZZY_CANDIDATES })) {
			// A word the directory uses is taken as meant; only longer forms of it are added.
			const quality = termQuality(word, hit.item, !isKnown);
			if (quality > (terms.get(hit.item) ?? 0)) terms.set(hit.item, quality);
		}
	}
	return { word, terms };
}

/** A typo of the word, or a longer word it starts ("knit" → "knitting"). */
function termQuality(word: string, term: string, allowTypos: boolean): number {
	if (term === word) return 1;
	const typo = allowTypos ? typoQuality(word, term) : 0;
	const prefix = term.startsWith(word) ? 0.9 * Math.sqrt(word.length / term.length) : 0;
	return Math.max(typo, prefix);
}
