/**
 * The ranking's codes in words: reasons, cautions, hints, session times, distances and
 * prices, in the page's language (or the one given), with `Intl` for numbers, plurals and
 * dates (Europe/London). The ranking module never makes a sentence; this does, so a person's
 * own words for what they chose come back to them ("Feeling better in myself — as you chose")
 * and the `match` CLI prints the same English as before.
 */
import type { CategoryId } from '../directory/categories';
import type { Cost, Weekday } from '../directory/model';
import { isolate } from '../i18n/bidi';
import { ACCESS_FEATURE, CATEGORY, CAUTION, COST_PERIOD, DAY_NAME } from '../i18n/labels';
import type { DayPart } from '../matching/profile';
import type { Caution, NextSession, Reason, RelaxHint, StatedCost } from '../matching/types';
import * as m from '../paraglide/messages';
import { getLocale, type Locale } from '../paraglide/runtime';
import type { DistanceUnit } from '../questionnaire/answers';
import { KM_PER_MILE } from '../questionnaire/steps';

export type { DistanceUnit };

export interface TextOptions {
	units?: DistanceUnit;
	/** The language (default: the page's). */
	locale?: Locale;
}

/**
 * The `Intl` locale for a language, as it is written in Britain: English dates the British
 * way. A language a deployment adds without an entry here uses its code as it is.
 */
const INTL_LOCALE: Readonly<Partial<Record<string, string>>> = { en: 'en-GB' };

const cached = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function intl<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
	let value = cached.get(key) as T | undefined;
	if (!value) cached.set(key, (value = make()));
	return value;
}

const localeOf = (options: TextOptions = {}): Locale => options.locale ?? getLocale();
export const intlLocale = (options: TextOptions = {}): string =>
	INTL_LOCALE[localeOf(options)] ?? localeOf(options);

/** A calendar date (`YYYY-MM-DD`) read as the day it names, whatever the device's zone. */
const asDay = (date: string) => new Date(`${date}T12:00:00Z`);

export function weekdayName(day: Weekday, options: TextOptions = {}): string {
	return DAY_NAME[day]({}, { locale: localeOf(options) });
}

/** "Tuesday 3 March", in the language's own way. */
export function dateLabel(date: string, options: TextOptions = {}): string {
	const locale = intlLocale(options);
	const f = intl(
		`date-${locale}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				timeZone: 'UTC'
			})
	);
	return f.format(asDay(date));
}

/** "3 March 2026", in the language's own way. */
export function longDate(date: string, options: TextOptions = {}): string {
	const locale = intlLocale(options);
	const f = intl(
		`long-date-${locale}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			})
	);
	return f.format(asDay(date));
}

/** "3 Mar 2026, 14:05" for a moment, on the London clock. */
export function londonDateTime(at: Date, options: TextOptions = {}): string {
	const locale = intlLocale(options);
	const f = intl(
		`date-time-${locale}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				dateStyle: 'medium',
				timeStyle: 'short',
				timeZone: 'Europe/London'
			})
	);
	return f.format(at);
}

/** "Tomorrow 10:00" to start a line. */
export function capitalise(text: string, options: TextOptions = {}): string {
	return text.charAt(0).toLocaleUpperCase(intlLocale(options)) + text.slice(1);
}

/** "today 18:00", "tomorrow 10:00", "Tuesday 10:00", "Tuesday 3 March 10:00". */
export function sessionWhen(session: NextSession, options: TextOptions = {}): string {
	const time = session.startTime;
	const locale = localeOf(options);
	if (session.daysAhead === 0) return m.when_today({ time }, { locale });
	if (session.daysAhead === 1) return m.when_tomorrow({ time }, { locale });
	if (session.daysAhead < 7) {
		return m.when_this_week({ weekday: weekdayName(session.weekday, options), time }, { locale });
	}
	return m.when_later({ date: dateLabel(session.date, options), time }, { locale });
}

/** A number with one decimal below 10 ("0.6", "0,6"), whole above. */
export function decimal(value: number, options: TextOptions = {}): string {
	const digits = value < 10 ? 1 : 0;
	const locale = intlLocale(options);
	const f = intl(
		`decimal-${locale}-${digits}`,
		() => new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits })
	);
	return f.format(value);
}

/** "0.6 km", "0.4 miles", "1 mile": a distance in the person's unit. */
export function distance(km: number, options: TextOptions = {}, isAway = false): string {
	const locale = localeOf(options);
	if (options.units !== 'miles') {
		const n = decimal(km, options);
		return isAway ? m.distance_km_away({ n }, { locale }) : m.distance_km({ n }, { locale });
	}
	const miles = km / KM_PER_MILE;
	// The plural follows the number shown: 0.96 miles shows as "1 mile".
	const count = Math.round(miles * (miles < 10 ? 10 : 1)) / (miles < 10 ? 10 : 1);
	const n = decimal(miles, options);
	return isAway
		? m.distance_miles_away({ count, n }, { locale })
		: m.distance_miles({ count, n }, { locale });
}

export function pounds(amount: number, options: TextOptions = {}): string {
	const whole = Number.isInteger(amount);
	const locale = intlLocale(options);
	const f = intl(
		`pounds-${locale}-${whole}`,
		() =>
			new Intl.NumberFormat(locale, {
				style: 'currency',
				currency: 'GBP',
				currencyDisplay: 'narrowSymbol',
				minimumFractionDigits: whole ? 0 : 2,
				maximumFractionDigits: 2
			})
	);
	return f.format(amount);
}

/** "Free", "Free (donations welcome)", "£3 a session"; null when not stated. */
export function costText(cost: Cost | StatedCost, options: TextOptions = {}): string | null {
	const locale = localeOf(options);
	switch (cost.kind) {
		case 'free':
			return m.reasons_free({}, { locale });
		case 'donation':
			return m.reasons_donation({}, { locale });
		case 'paid':
			return m.reasons_paid(
				{ price: pounds(cost.amount, options), per: COST_PERIOD[cost.per]({}, { locale }) },
				{ locale }
			);
		case 'unknown':
			return null;
	}
}

/** The label the person chose the category by, so reasons repeat their own words. */
export function categoryLabel(category: CategoryId, options: TextOptions = {}): string {
	return CATEGORY[category]({}, { locale: localeOf(options) });
}

const PART_ONE = {
	morning: m.reasons_parts_one_morning,
	afternoon: m.reasons_parts_one_afternoon,
	evening: m.reasons_parts_one_evening
};
const PART_MANY = {
	morning: m.reasons_parts_many_morning,
	afternoon: m.reasons_parts_many_afternoon,
	evening: m.reasons_parts_many_evening
};

/** "mornings", "afternoons and evenings". */
function partsText(parts: readonly DayPart[], isPlural: boolean, options: TextOptions): string {
	const locale = localeOf(options);
	return joinAnd(
		parts.map((part) => (isPlural ? PART_MANY : PART_ONE)[part]({}, { locale })),
		options
	);
}

function joinAnd(names: string[], options: TextOptions): string {
	const locale = localeOf(options);
	return names.reduce((joined, name) => m.reasons_and({ a: joined, b: name }, { locale }));
}

let languageNames: { locale: string; names: Intl.DisplayNames | null } | undefined;
/** "Arabic" for "ar", in the page's language; the code itself where the platform has no names. */
export function languageName(code: string, options: TextOptions = {}): string {
	const locale = intlLocale(options);
	if (languageNames?.locale !== locale) {
		let names: Intl.DisplayNames | null;
		try {
			names = new Intl.DisplayNames([locale], { type: 'language' });
		} catch {
			names = null;
		}
		languageNames = { locale, names };
	}
	return languageNames.names?.of(code) ?? code;
}

export function reasonText(reason: Reason, options: TextOptions = {}): string {
	const locale = localeOf(options);
	switch (reason.code) {
		case 'chosen-category':
			return m.reasons_chosen_category(
				{ label: categoryLabel(reason.category, options) },
				{ locale }
			);
		case 'word-category':
			return m.reasons_word_category(
				{ label: categoryLabel(reason.category, options), word: isolate(reason.word, locale) },
				{ locale }
			);
		case 'mentions':
			return m.reasons_mentions({ term: isolate(reason.term, locale) }, { locale });
		case 'online':
			return m.reasons_online({}, { locale });
		case 'area-wide':
			return m.reasons_area_wide({}, { locale });
		case 'distance':
			return distance(reason.km, options, true);
		case 'cost':
			return costText(reason.cost, options) ?? '';
		case 'when-free': {
			const weekday = weekdayName(reason.weekday, options);
			switch (reason.frequency) {
				case 'weekly':
					return m.reasons_when_free_weekly(
						{ weekday, parts: partsText(reason.parts, true, options) },
						{ locale }
					);
				case 'fortnightly':
					return m.reasons_when_free_fortnightly(
						{ weekday, parts: partsText(reason.parts, false, options) },
						{ locale }
					);
				case 'monthly':
					return m.reasons_when_free_monthly(
						{ weekday, parts: partsText(reason.parts, false, options) },
						{ locale }
					);
				case 'once':
					return m.reasons_when_free_once(
						{
							date: dateLabel(reason.date ?? '', options),
							parts: partsText(reason.parts, false, options)
						},
						{ locale }
					);
			}
			break;
		}
		case 'next-session':
			return m.reasons_next({ when: sessionWhen(reason.session, options) }, { locale });
		case 'access':
			return ACCESS_FEATURE[reason.feature]({}, { locale });
		case 'language':
			return m.reasons_language({ language: languageName(reason.language, options) }, { locale });
	}
	return '';
}

export function cautionText(caution: Caution, options: TextOptions = {}): string {
	return CAUTION[caution.code]({}, { locale: localeOf(options) });
}

/** What a hint offers, and the words on its button. */
export function hintText(
	hint: RelaxHint,
	options: TextOptions = {}
): { text: string; button: string } {
	const n = hint.extra;
	const locale = localeOf(options);
	switch (hint.rule) {
		case 'distance':
			return {
				text: m.hints_distance({ n, nearest: distance(hint.nearestKm, options, true) }, { locale }),
				button: m.hints_distance_button({ distance: distance(hint.value, options) }, { locale })
			};
		case 'cost': {
			const range =
				hint.minPounds === hint.maxPounds
					? pounds(hint.minPounds, options)
					: m.hints_range(
							{ min: pounds(hint.minPounds, options), max: pounds(hint.maxPounds, options) },
							{ locale }
						);
			const text =
				hint.value === 'low'
					? m.hints_cost_low({ n, range }, { locale })
					: m.hints_cost_any({ n, range }, { locale });
			return { text, button: m.hints_cost_button({}, { locale }) };
		}
		case 'online':
			return {
				text:
					hint.from === 'only'
						? m.hints_online_in_person({ n }, { locale })
						: m.hints_online_online({ n }, { locale }),
				button: m.hints_online_button({}, { locale })
			};
		case 'access': {
			const needs = joinAnd(
				hint.value.map((need) => ACCESS_FEATURE[need]({}, { locale }).toLowerCase()),
				options
			);
			return {
				text: m.hints_access({ n, needs }, { locale }),
				button: m.hints_access_button({}, { locale })
			};
		}
		case 'times':
			return {
				text: m.hints_times({ n }, { locale }),
				button: m.hints_times_button({}, { locale })
			};
	}
}
