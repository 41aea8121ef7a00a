/** Turns a ranked activity's signals into the reasons and cautions a formatter puts in words. */
import { COST_UNKNOWN } from './cost';
import { isStaleDay } from './listing-age';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import type { Verdict } from './rules';
import type { Signals } from './signals';
import { activityFields, TELLING_FIELDS } from './text-index';
import type { Caution, FitGroup, NextSession, RankedActivity, Reason } from './types';
import { sessionOn } from './upcoming';
import { WEEKDAYS } from '../directory/model';
import { weekdayOf, dateFromDay } from './london-time';
import { TUNING } from './tuning';

const MAX_CATEGORY_REASONS = 2;
const MAX_WORD_REASONS = 2;

export interface Placed {
	/** Its place in the directory (for the word scores). */
	index: number;
	score: number;
	fits: boolean;
	group: FitGroup;
}

export function explain(
	p: PreparedActivity,
	verdict: Verdict,
	s: Signals,
	q: Query,
	placed: Placed
): RankedActivity {
	const { activity } = p;
	const wanted = p.categories
		.map((c) => q.wants[c])
		.filter((want) => want !== null)
		.sort((a, b) => b.weight - a.weight);
	const reasons: Reason[] = wanted
		.slice(0, MAX_CATEGORY_REASONS)
		.map((want) =>
			want.word === null
				? { code: 'chosen-category', category: want.category }
				: { code: 'word-category', category: want.category, word: want.word }
		);
	const quoted = new Set(wanted.map((want) => want.word));
	const telling = q.text.scores ? tellingWords(p) : [];
	// "Mentions “meet”" tells nobody anything: only a word few listings use is worth saying.
	for (const term of matchedTerms(telling, q)
		.filter((term) => !quoted.has(term))
		.filter((term) => (q.text.rarity.get(term) ?? 1) >= TUNING.MENTION_MIN_RARITY)
		.slice(0, MAX_WORD_REASONS)) {
		reasons.push({ code: 'mentions', term });
	}
	if (verdict.isViaOnline) reasons.push({ code: 'online' });
	else if (p.mode === 'area-wide') reasons.push({ code: 'area-wide' });
	else if (verdict.distanceKm !== null) reasons.push({ code: 'distance', km: verdict.distanceKm });
	const cost = activity.cost;
	if (cost.kind === 'paid') {
		reasons.push({ code: 'cost', cost: { kind: 'paid', amount: cost.amount, per: cost.per } });
	} else if (cost.kind !== 'unknown') {
		reasons.push({ code: 'cost', cost: { kind: cost.kind } });
	}
	const next = nextSession(s, q);
	const shown = s.schedule.next;
	if (shown && s.schedule.isNextWhenFree) {
		const { session, day } = shown;
		reasons.push({
			code: 'when-free',
			weekday: WEEKDAYS[weekdayOf(day)],
			parts: [...session.parts],
			frequency: session.frequency,
			...(session.frequency === 'once' ? { date: dateFromDay(day) } : {})
		});
	}
	if (next) reasons.push({ code: 'next-session', session: next });
	const venueAccess = verdict.venue?.venue.access;
	if (venueAccess) {
		for (const feature of q.rules.access) {
			if (venueAccess[feature]) reasons.push({ code: 'access', feature });
		}
	}
	for (const language of q.languages) {
		if (activity.languages.includes(language)) reasons.push({ code: 'language', language });
	}

	const cautions: Caution[] = [];
	if (p.costLevel === COST_UNKNOWN) cautions.push({ code: 'cost-unknown' });
	if (venueAccess && q.rules.access.some((need) => venueAccess[need] === undefined)) {
		cautions.push({ code: 'access-unknown' });
	}
	if (activity.capacity === 'waitlist') cautions.push({ code: 'waitlist' });
	if (activity.capacity === 'full') cautions.push({ code: 'full' });
	if (s.hasSessions && !next) cautions.push({ code: 'no-upcoming' });
	if (next && q.availability && !s.schedule.isNextWhenFree) {
		cautions.push({ code: 'not-when-free' });
	}
	if (p.reviewedDay !== null && isStaleDay(p.reviewedDay, q.now.day)) {
		cautions.push({ code: 'stale-listing' });
	}

	return {
		id: activity.id,
		activity,
		score: placed.score,
		relevance: s.score,
		reasons,
		cautions,
		mode: p.mode,
		isViaOnline: verdict.isViaOnline,
		venue: verdict.venue?.venue ?? null,
		distanceKm: verdict.distanceKm,
		nextSession: next,
		matchedCategories: wanted.map((want) => want.category),
		matchedWords: [...new Set(matchedTerms(allWords(p), q))],
		isWordMatch: q.text.scores !== null && q.text.scores[placed.index] >= TUNING.TEXT_FIT_MIN,
		audience: [...activity.audience],
		isAudienceMet: activity.audience.length > 0 && !s.isAudienceMaybe,
		fits: placed.fits,
		group: placed.group
	};
}

/**
 * Words of the activity's own name, keywords and summary: a match there is worth telling
 * the person ("Mentions “knitting”"); one deep in a description is not.
 */
function tellingWords(p: PreparedActivity): string[] {
	return activityFields(p.activity)
		.filter(([field]) => TELLING_FIELDS.has(field))
		.flatMap(([, words]) => words);
}

function allWords(p: PreparedActivity): string[] {
	return activityFields(p.activity)
		.filter(([field]) => field !== 'category')
		.flatMap(([, words]) => words);
}

/** For each of the person's words, the best of `words` it matched; best first. */
function matchedTerms(words: string[], q: Query): string[] {
	if (words.length === 0) return [];
	const own = new Set(words);
	const found: [string, number][] = [];
	for (const { terms } of q.text.words) {
		let best: [string, number] | null = null;
		for (const [term, quality] of terms) {
			if (own.has(term) && (!best || quality > best[1])) best = [term, quality];
		}
		if (best) found.push(best);
	}
	return found.sort((a, b) => b[1] - a[1]).map(([term]) => term);
}

function nextSession(s: Signals, q: Query): NextSession | null {
	if (!s.schedule.next) return null;
	return sessionOn(s.schedule.next.day, s.schedule.next.session, q.now.day);
}
