/**
 * Answers ↔ NeedsProfile (DESIGN.md §3.2). The profile is what the ranking reads; the reverse
 * direction reads a profile given in a link's fragment (a shared search, the benchmarks).
 */
import { WEEKDAYS, type Weekday } from '../directory/model';
import type { NeedsProfile } from '../matching/profile';
import {
	DAY_PARTS,
	emptyAnswers,
	TIME_PRESETS,
	type Answers,
	type Slot,
	type TimePreset
} from './answers';

const WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const grid = (days: readonly Weekday[], parts: readonly Slot['part'][]): Slot[] =>
	days.flatMap((day) => parts.map((part) => ({ day, part })));

/** The slots each natural choice stands for. */
export const PRESET_SLOTS: Readonly<Record<TimePreset, readonly Slot[]>> = Object.freeze({
	'weekday-daytimes': grid(WORKING_DAYS, ['morning', 'afternoon']),
	'weekday-evenings': grid(WORKING_DAYS, ['evening']),
	weekends: grid(['sat', 'sun'], DAY_PARTS)
});

const key = (slot: Slot) => `${slot.day}-${slot.part}`;

export function toProfile(answers: Answers): NeedsProfile {
	const profile: NeedsProfile = { categories: [...answers.categories] };
	const text = answers.text?.trim();
	if (text) profile.text = text;
	if (answers.place) profile.origin = { lat: answers.place.lat, lng: answers.place.lng };
	if (answers.distanceKm !== undefined) profile.maxDistanceKm = answers.distanceKm;
	if (answers.online && answers.online !== 'include') profile.online = answers.online;
	const availability = toAvailability(answers.times, answers.customTimes);
	if (availability.length > 0) profile.availability = availability;
	if (answers.cost && answers.cost !== 'any') profile.maxCost = answers.cost;
	if (answers.access.length > 0) profile.access = [...answers.access];
	if (answers.age !== undefined) profile.age = answers.age;
	if (answers.carer !== undefined) profile.carer = answers.carer;
	if (answers.youngChildren !== undefined) profile.youngChildren = answers.youngChildren;
	if (answers.singleSexGroups) profile.singleSexGroups = answers.singleSexGroups;
	return profile;
}

/**
 * The union of the natural choices and the person's own grid, in week order; empty (any
 * time) when neither says anything, or when every slot is free.
 */
export function toAvailability(
	times: readonly TimePreset[],
	customTimes: readonly Slot[] | null
): Slot[] {
	const chosen = new Set(
		[...times.flatMap((t) => PRESET_SLOTS[t]), ...(customTimes ?? [])].map(key)
	);
	const slots = grid(WEEKDAYS, DAY_PARTS).filter((slot) => chosen.has(key(slot)));
	return slots.length === WEEKDAYS.length * DAY_PARTS.length ? [] : slots;
}

/** A profile as answers: free times become the natural choices they cover, and a grid for the rest. */
export function fromProfile(profile: NeedsProfile): Answers {
	const answers = emptyAnswers();
	answers.categories = [...profile.categories];
	if (profile.text) answers.text = profile.text;
	if (profile.origin) answers.place = { kind: 'shared', ...profile.origin };
	if (profile.maxDistanceKm !== undefined) answers.distanceKm = profile.maxDistanceKm;
	if (profile.online) answers.online = profile.online;
	const free = new Set((profile.availability ?? []).map(key));
	answers.times = TIME_PRESETS.filter((t) => PRESET_SLOTS[t].every((slot) => free.has(key(slot))));
	const covered = new Set(answers.times.flatMap((t) => PRESET_SLOTS[t]).map(key));
	const rest = (profile.availability ?? []).filter((slot) => !covered.has(key(slot)));
	answers.customTimes = rest.length > 0 ? rest.map(({ day, part }) => ({ day, part })) : null;
	if (profile.maxCost) answers.cost = profile.maxCost;
	answers.access = [...(profile.access ?? [])];
	if (profile.age !== undefined) answers.age = profile.age;
	if (profile.carer !== undefined) answers.carer = profile.carer;
	if (profile.youngChildren !== undefined) answers.youngChildren = profile.youngChildren;
	if (profile.singleSexGroups) answers.singleSexGroups = profile.singleSexGroups;
	return answers;
}
