/**
 * Every word a person reads about a result, in plain English, in one place. Reasons say
 * why it fits; cautions say what to check before going.
 */
import type { Cost } from '../directory/model';

export const CAUTIONS = Object.freeze({
	costUnknown: 'Cost not given — check before you go',
	accessUnknown: 'Access information not given — check before you go',
	waitlist: 'Waiting list',
	full: 'Full at the moment',
	noUpcoming: 'No upcoming dates — check with the group',
	notWhenFree: "Not at the times you said you're free",
	/** As the activity page says it (TUNING.STALE_LISTING_DAYS). */
	staleListing: 'Not checked for over a year — contact the group before you go'
});

export const REASONS = Object.freeze({
	online: 'Online',
	areaWide: 'Covers the whole area',
	free: 'Free',
	donation: 'Free (donations welcome)'
});

export const chosenCategoryReason = (label: string) => `${label} — as you chose`;
export const wordCategoryReason = (word: string, label: string) => `${label} — you said “${word}”`;
export const mentionsReason = (term: string) => `Mentions “${term}”`;
export const languageReason = (language: string) => `Run in ${language}`;
export const nextSessionReason = (when: string) => `Next: ${when}`;

/** Weekday names, Monday first (weekday 0 is Monday throughout the module). */
export const WEEKDAY_NAMES = Object.freeze([
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
]);
export const MONTH_NAMES = Object.freeze([
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
]);

/** "Tuesday 3 March"; `month` counts from 0. */
export const dateLabel = (weekday: number, dayOfMonth: number, month: number) =>
	`${WEEKDAY_NAMES[weekday]} ${dayOfMonth} ${MONTH_NAMES[month]}`;

/** How far off a session is, in words: "today", "tomorrow", "Tuesday", else its date. */
export function whenLabel(daysAhead: number, weekday: number, date: string): string {
	if (daysAhead === 0) return 'today';
	if (daysAhead === 1) return 'tomorrow';
	return daysAhead < 7 ? WEEKDAY_NAMES[weekday] : date;
}

/** "Tuesday 10:00", "today 18:00", "Tuesday 3 March 10:00". */
export const sessionLabel = (when: string, startTime: string) => `${when} ${startTime}`;

export function distanceReason(km: number): string {
	const shown = km < 10 ? km.toFixed(1) : String(Math.round(km));
	return `${shown} km away`;
}

const PER: Record<string, string> = {
	session: 'a session',
	week: 'a week',
	month: 'a month',
	course: 'for the course'
};

export function costReason(cost: Cost): string | null {
	switch (cost.kind) {
		case 'free':
			return REASONS.free;
		case 'donation':
			return REASONS.donation;
		case 'paid':
			return `${pounds(cost.amount)} ${PER[cost.per]}`;
		case 'unknown':
			return null;
	}
}

function pounds(amount: number): string {
	return Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
}

const PART_PLURAL = { morning: 'mornings', afternoon: 'afternoons', evening: 'evenings' };

/** "Tuesday mornings — when you're free", with how often when not weekly. */
export function whenFreeReason(
	weekday: string,
	part: 'morning' | 'afternoon' | 'evening',
	frequency: 'weekly' | 'fortnightly' | 'monthly' | 'once',
	date: string
): string {
	const when =
		frequency === 'weekly'
			? `${weekday} ${PART_PLURAL[part]}`
			: frequency === 'fortnightly'
				? `Every other ${weekday} ${part}`
				: frequency === 'monthly'
					? `One ${weekday} ${part} a month`
					: `${date}, ${part}`;
	return `${when} — when you're free`;
}

let languageNames: Intl.DisplayNames | null | undefined;
/** "Arabic" for "ar"; the code itself where the platform has no names. */
export function languageName(code: string): string {
	if (languageNames === undefined) {
		try {
			languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });
		} catch {
			languageNames = null;
		}
	}
	return languageNames?.of(code) ?? code;
}
