/**
 * Answers ↔ NeedsProfile (DESIGN.md §3.2). The profile is what the ranking reads; the reverse
 * direction reads a profile given in a link's fragment (benchmarks, and sharing later).
 */
import { WEEKDAYS, type Weekday } from '../directory/model';
import type { DayPart, NeedsProfile } from '../matching/profile';
import { DAY_PARTS, emptyAnswers, type Answers } from './answers';

export function toProfile(answers: Answers): NeedsProfile {
	const profile: NeedsProfile = { categories: [...answers.categories] };
	const text = answers.text?.trim();
	if (text) profile.text = text;
	if (answers.place) profile.origin = { lat: answers.place.lat, lng: answers.place.lng };
	if (answers.distanceKm !== undefined) profile.maxDistanceKm = answers.distanceKm;
	if (answers.online && answers.online !== 'include') profile.online = answers.online;
	const availability = toAvailability(answers.days, answers.parts);
	if (availability.length > 0) profile.availability = availability;
	if (answers.cost && answers.cost !== 'any') profile.maxCost = answers.cost;
	if (answers.access.length > 0) profile.access = [...answers.access];
	if (answers.age !== undefined) profile.age = answers.age;
	return profile;
}

/**
 * Days × parts of the day. Only days: every part of those days; only parts: those parts
 * every day; neither: any time (an empty list).
 */
export function toAvailability(
	days: readonly Weekday[],
	parts: readonly DayPart[]
): { day: Weekday; part: DayPart }[] {
	if (days.length === 0 && parts.length === 0) return [];
	const someDays = days.length > 0 ? WEEKDAYS.filter((d) => days.includes(d)) : WEEKDAYS;
	const someParts = parts.length > 0 ? DAY_PARTS.filter((p) => parts.includes(p)) : DAY_PARTS;
	return someDays.flatMap((day) => someParts.map((part) => ({ day, part })));
}

/** A profile as answers (free times become the days and parts they mention). */
export function fromProfile(profile: NeedsProfile): Answers {
	const answers = emptyAnswers();
	answers.categories = [...profile.categories];
	if (profile.text) answers.text = profile.text;
	if (profile.origin) answers.place = { kind: 'shared', ...profile.origin };
	if (profile.maxDistanceKm !== undefined) answers.distanceKm = profile.maxDistanceKm;
	if (profile.online) answers.online = profile.online;
	const slots = profile.availability ?? [];
	answers.days = WEEKDAYS.filter((d) => slots.some((s) => s.day === d));
	answers.parts = DAY_PARTS.filter((p) => slots.some((s) => s.part === p));
	if (answers.days.length === WEEKDAYS.length) answers.days = [];
	if (answers.parts.length === DAY_PARTS.length) answers.parts = [];
	if (profile.maxCost) answers.cost = profile.maxCost;
	answers.access = [...(profile.access ?? [])];
	if (profile.age !== undefined) answers.age = profile.age;
	return answers;
}
