/** Turns a ranked activity's signals into the reasons and cautions a person reads. */
import { ACCESS_LABELS, CATEGORY_LABELS } from '../directory/categories';
import { COST_UNKNOWN } from './cost';
import { isStaleDay } from './listing-age';
import { longDate } from './london-time';
import * as m from './messages';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import type { Verdict } from './rules';
import { slotOfBit } from './schedule';
import type { Signals } from './signals';
import { activityFields } from './text-index';
import type { NextSession, RankedActivity } from './types';
import { sessionOn } from './upcoming';

const MAX_CATEGORY_REASONS = 2;
const MAX_WORD_REASONS = 2;

export function explain(
	p: PreparedActivity,
	verdict: Verdict,
	s: Signals,
	q: Query,
	score: number,
	fits: boolean
): RankedActivity {
	const { activity } = p;
	const wanted = p.categories
		.map((c) => q.wants[c])
		.filter((want) => want !== null)
		.sort((a, b) => b.weight - a.weight);
	const reasons = wanted
		.slice(0, MAX_CATEGORY_REASONS)
		.map((want) =>
			want.word === null
				? m.chosenCategoryReason(CATEGORY_LABELS[want.category])
				: m.wordCategoryReason(want.word, CATEGORY_LABELS[want.category])
		);
	const quoted = new Set(wanted.map((want) => want.word));
	const ownWords = q.text.scores ? activityWords(p) : [];
	reasons.push(
		...matchedTerms(
			ownWords.filter((word) => !quoted.has(word)),
			q
		)
			.slice(0, MAX_WORD_REASONS)
			.map(m.mentionsReason)
	);
	if (verdict.isViaOnline) reasons.push(m.REASONS.online);
	else if (p.mode === 'area-wide') reasons.push(m.REASONS.areaWide);
	else if (verdict.distanceKm !== null) reasons.push(m.distanceReason(verdict.distanceKm));
	const cost = m.costReason(activity.cost);
	if (cost) reasons.push(cost);
	const next = nextSession(s, q);
	if (s.schedule.fitSlot && q.availability) {
		const { bit, session } = s.schedule.fitSlot;
		const { weekday, part } = slotOfBit(bit);
		const date = Number.isFinite(session.from) ? longDate(session.from) : '';
		reasons.push(m.whenFreeReason(m.WEEKDAY_NAMES[weekday], part, session.frequency, date));
	}
	if (next) reasons.push(m.nextSessionReason(next.label));
	const venueAccess = verdict.venue?.venue.access;
	if (venueAccess) {
		for (const need of q.rules.access) if (venueAccess[need]) reasons.push(ACCESS_LABELS[need]);
	}
	for (const code of q.languages) {
		if (activity.languages.includes(code)) reasons.push(m.languageReason(m.languageName(code)));
	}

	const cautions: string[] = [];
	if (p.costLevel === COST_UNKNOWN) cautions.push(m.CAUTIONS.costUnknown);
	if (venueAccess && q.rules.access.some((need) => venueAccess[need] === undefined)) {
		cautions.push(m.CAUTIONS.accessUnknown);
	}
	if (activity.capacity === 'waitlist') cautions.push(m.CAUTIONS.waitlist);
	if (activity.capacity === 'full') cautions.push(m.CAUTIONS.full);
	if (s.hasSessions && !next) cautions.push(m.CAUTIONS.noUpcoming);
	if (next && q.availability && s.schedule.fit === 0) cautions.push(m.CAUTIONS.notWhenFree);
	if (p.reviewedDay !== null && isStaleDay(p.reviewedDay, q.now.day)) {
		cautions.push(m.CAUTIONS.staleListing);
	}

	return {
		id: activity.id,
		activity,
		score,
		relevance: s.score,
		reasons,
		cautions,
		mode: p.mode,
		isViaOnline: verdict.isViaOnline,
		venue: verdict.venue?.venue ?? null,
		distanceKm: verdict.distanceKm,
		nextSession: next,
		matchedCategories: wanted.map((want) => want.category),
		matchedWords: [...new Set(matchedTerms(ownWords, q))],
		fits
	};
}

/** The activity's own words (not its category labels), for "Mentions “knitting”". */
function activityWords(p: PreparedActivity): string[] {
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
