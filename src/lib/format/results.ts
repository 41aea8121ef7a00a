/**
 * The ranking's codes in words: reasons, cautions, hints, session times, distances and
 * prices. The ranking module never makes a sentence; this does, with `Intl` for numbers and
 * dates (Europe/London), so a person's own words for what they chose come back to them
 * ("Feeling better in myself — as you chose") and the `match` CLI prints the same English.
 */
import type { CategoryId } from '../directory/categories';
import type { Cost, Weekday } from '../directory/model';
import type { DayPart } from '../matching/profile';
import { KM_PER_MILE } from '../questionnaire/steps';
import type { Caution, NextSession, Reason, RelaxHint, StatedCost } from '../matching/types';
import { format, m } from '../messages';
import type { DistanceUnit } from '../questionnaire/answers';

export type { DistanceUnit };

export interface TextOptions {
	units?: DistanceUnit;
}

const LOCALE = 'en-GB';

const WEEKDAY_DATES: Readonly<Record<Weekday, string>> = {
	mon: '2026-11-23',
	tue: '2026-11-24',
	wed: '2026-11-25',
	thu: '2026-11-26',
	fri: '2026-11-27',
	sat: '2026-11-28',
	sun: '2026-11-29'
};

const cached = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function intl<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
	key: string,
	make: () => T
): T {
	let value = cached.get(key) as T | undefined;
	if (!value) cached.set(key, (value = make()));
	return value;
}

/** A calendar date (`YYYY-MM-DD`) read as the day it names, whatever the device's zone. */
const asDay = (date: string) => new Date(`${date}T12:00:00Z`);

export function weekdayName(day: Weekday): string {
	const f = intl(
		'weekday',
		() => new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' })
	);
	return f.format(asDay(WEEKDAY_DATES[day]));
}

/** "Tuesday 3 March". */
export function dateLabel(date: string): string {
	const f = intl(
		'date',
		() =>
			new Intl.DateTimeFormat(LOCALE, {
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				timeZone: 'UTC'
			})
	);
	return f.format(asDay(date)).replace(',', '');
}

/** "Tomorrow 10:00" to start a line. */
export function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

/** "today 18:00", "tomorrow 10:00", "Tuesday 10:00", "Tuesday 3 March 10:00". */
export function sessionWhen(session: NextSession): string {
	const time = session.startTime;
	if (session.daysAhead === 0) return format(m.when.today, { time });
	if (session.daysAhead === 1) return format(m.when.tomorrow, { time });
	if (session.daysAhead < 7) {
		return format(m.when.thisWeek, { weekday: weekdayName(session.weekday), time });
	}
	return format(m.when.later, { date: dateLabel(session.date), time });
}

function decimal(value: number): string {
	const digits = value < 10 ? 1 : 0;
	const f = intl(
		`decimal-${digits}`,
		() => new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 0, maximumFractionDigits: digits })
	);
	return f.format(value);
}

/** "0.6 km", "0.4 miles", "1 mile": a distance in the person's unit. */
export function distance(km: number, options: TextOptions = {}, isAway = false): string {
	if (options.units !== 'miles') {
		return format(isAway ? m.distance.kmAway : m.distance.km, { n: decimal(km) });
	}
	const miles = km / KM_PER_MILE;
	const shown = decimal(miles);
	const isOne = shown === decimal(1);
	const template = isAway
		? isOne
			? m.distance.mileAwayOne
			: m.distance.milesAway
		: isOne
			? m.distance.mileOne
			: m.distance.miles;
	return format(template, { n: shown });
}

export function pounds(amount: number): string {
	const whole = Number.isInteger(amount);
	const f = intl(
		`pounds-${whole}`,
		() =>
			new Intl.NumberFormat(LOCALE, {
				style: 'currency',
				currency: 'GBP',
				minimumFractionDigits: whole ? 0 : 2,
				maximumFractionDigits: 2
			})
	);
	return f.format(amount);
}

/** "Free", "Free (donations welcome)", "£3 a session"; null when not stated. */
export function costText(cost: Cost | StatedCost): string | null {
	switch (cost.kind) {
		case 'free':
			return m.reasons.free;
		case 'donation':
			return m.reasons.donation;
		case 'paid':
			return format(m.reasons.paid, { price: pounds(cost.amount), per: m.reasons.per[cost.per] });
		case 'unknown':
			return null;
	}
}

/** The label the person chose the category by, so reasons repeat their own words. */
export function categoryLabel(category: CategoryId): string {
	return m.questions.categories[category].label;
}

/** "mornings", "afternoons and evenings". */
function partsText(parts: readonly DayPart[], isPlural: boolean): string {
	const names: string[] = parts.map(
		(part) => (isPlural ? m.reasons.partsMany : m.reasons.partsOne)[part]
	);
	return joinAnd(names);
}

function joinAnd(names: string[]): string {
	return names.reduce((joined, name) => format(m.reasons.and, { a: joined, b: name }));
}

let languageNames: Intl.DisplayNames | null | undefined;
/** "Arabic" for "ar"; the code itself where the platform has no names. */
export function languageName(code: string): string {
	if (languageNames === undefined) {
		try {
			languageNames = new Intl.DisplayNames([LOCALE], { type: 'language' });
		} catch {
			languageNames = null;
		}
	}
	return languageNames?.of(code) ?? code;
}

export function reasonText(reason: Reason, options: TextOptions = {}): string {
	switch (reason.code) {
		case 'chosen-category':
			return format(m.reasons.chosenCategory, { label: categoryLabel(reason.category) });
		case 'word-category':
			return format(m.reasons.wordCategory, {
				label: categoryLabel(reason.category),
				word: reason.word
			});
		case 'mentions':
			return format(m.reasons.mentions, { term: reason.term });
		case 'online':
			return m.reasons.online;
		case 'area-wide':
			return m.reasons.areaWide;
		case 'distance':
			return distance(reason.km, options, true);
		case 'cost':
			return costText(reason.cost) ?? '';
		case 'when-free': {
			const weekday = weekdayName(reason.weekday);
			switch (reason.frequency) {
				case 'weekly':
					return format(m.reasons.whenFreeWeekly, {
						weekday,
						parts: partsText(reason.parts, true)
					});
				case 'fortnightly':
					return format(m.reasons.whenFreeFortnightly, {
						weekday,
						parts: partsText(reason.parts, false)
					});
				case 'monthly':
					return format(m.reasons.whenFreeMonthly, {
						weekday,
						parts: partsText(reason.parts, false)
					});
				case 'once':
					return format(m.reasons.whenFreeOnce, {
						date: dateLabel(reason.date ?? ''),
						parts: partsText(reason.parts, false)
					});
			}
			break;
		}
		case 'next-session':
			return format(m.reasons.next, { when: sessionWhen(reason.session) });
		case 'access':
			return m.reasons.access[reason.feature];
		case 'language':
			return format(m.reasons.language, { language: languageName(reason.language) });
	}
	return '';
}

export function cautionText(caution: Caution): string {
	return m.cautions[caution.code];
}

/** What a hint offers, and the words on its button. */
export function hintText(
	hint: RelaxHint,
	options: TextOptions = {}
): { text: string; button: string } {
	const n = hint.extra;
	switch (hint.rule) {
		case 'distance':
			return {
				text: format(m.hints.distance, { n, nearest: distance(hint.nearestKm, options, true) }),
				button: format(m.hints.distanceButton, { distance: distance(hint.value, options) })
			};
		case 'cost': {
			const range =
				hint.minPounds === hint.maxPounds
					? pounds(hint.minPounds)
					: format(m.hints.range, { min: pounds(hint.minPounds), max: pounds(hint.maxPounds) });
			const template = hint.value === 'low' ? m.hints.costLow : m.hints.costAny;
			return { text: format(template, { n, range }), button: m.hints.costButton };
		}
		case 'online':
			return {
				text: format(hint.from === 'only' ? m.hints.onlineInPerson : m.hints.onlineOnline, { n }),
				button: m.hints.onlineButton
			};
		case 'access': {
			const needs = joinAnd(hint.value.map((need) => m.reasons.access[need].toLowerCase()));
			return { text: format(m.hints.access, { n, needs }), button: m.hints.accessButton };
		}
		case 'times':
			return { text: format(m.hints.times, { n }), button: m.hints.timesButton };
	}
}
