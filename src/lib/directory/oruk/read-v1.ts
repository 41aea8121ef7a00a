/**
 * ORUK v1 services (the UK profile of HSDS 1.x, still served by many council directories) are
 * reshaped into v3 and read by the one v3 reader, so both versions are read by the same rules.
 * v1 names: `regular_schedules` (weekday, opens_at, closes_at, freq/frequency, interval),
 * `service_taxonomys` (taxonomy.name, taxonomy.vocabulary), `eligibilitys`, `languages[].language`,
 * `service_at_locations[].location.physical_addresses` and `accessibility_for_disabilities`.
 */
import { readV3Service } from './read-v3';
import { isObject, num, objects, str, type Json, type ReadOptions, type ReadResult } from './types';

const WEEKDAYS_V1: Readonly<Record<string, string>> = {
	monday: 'MO',
	tuesday: 'TU',
	wednesday: 'WE',
	thursday: 'TH',
	friday: 'FR',
	saturday: 'SA',
	sunday: 'SU'
};
const DAY_NUMBERS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "Monday", "mon", "MO" or 1 (Monday) → "MO". */
function weekday(value: unknown): string | undefined {
	const n = num(value);
	if (n !== undefined) return DAY_NUMBERS[n - 1];
	const text = (str(value) ?? '').toLowerCase();
	if (text.length < 2) return undefined;
	return Object.entries(WEEKDAYS_V1).find(([name]) => name.startsWith(text))?.[1];
}

/** v1 frequencies come as RRULE words or plain ones ("Fortnightly", "Monthly"). */
function rule(schedule: Json): Json {
	const given = (str(schedule.freq) ?? str(schedule.frequency) ?? '').toUpperCase();
	const interval = num(schedule.interval);
	if (given === 'FORTNIGHTLY') return { freq: 'WEEKLY', interval: 2 };
	if (given === 'WEEKLY' || given === 'MONTHLY' || given === 'DAILY') {
		return { freq: given, interval: interval ?? 1 };
	}
	return { freq: 'WEEKLY', interval: interval ?? 1 };
}

function schedule(v1: Json): Json {
	const day = weekday(v1.weekday);
	const byday = str(v1.byday) ?? day;
	return { ...v1, ...rule(v1), ...(byday ? { byday } : {}) };
}

function location(v1: Json): Json {
	return {
		...v1,
		location_type: str(v1.location_type) ?? 'physical',
		addresses: objects(v1.physical_addresses ?? v1.addresses),
		accessibility: objects(v1.accessibility_for_disabilities).map((a) => ({
			description: str(a.accessibility) ?? str(a.description),
			details: str(a.details)
		}))
	};
}

/** v1 classifies by `service_taxonomys[].taxonomy` with its `vocabulary` naming the taxonomy. */
function attributes(v1: Json): Json[] {
	return objects(v1.service_taxonomys).flatMap((link) => {
		const taxonomy = isObject(link.taxonomy) ? link.taxonomy : undefined;
		if (!taxonomy) return [];
		const name = str(taxonomy.name);
		return [{ taxonomy_term: { taxonomy: str(taxonomy.vocabulary) ?? '', term: name, name } }];
	});
}

/** Ages and words from `eligibilitys`: the widest band and the eligibility names. */
function eligibility(v1: Json): Json {
	const entries = objects(v1.eligibilitys);
	const mins = entries.map((e) => num(e.minimum_age)).filter((n) => n !== undefined);
	const maxes = entries.map((e) => num(e.maximum_age)).filter((n) => n !== undefined);
	const words = entries.map((e) => str(e.eligibility)).filter(Boolean);
	return {
		...(mins.length > 0 && v1.minimum_age === undefined ? { minimum_age: Math.min(...mins) } : {}),
		...(maxes.length > 0 && v1.maximum_age === undefined
			? { maximum_age: Math.max(...maxes) }
			: {}),
		...(words.length > 0 ? { eligibility_description: words.join('; ') } : {})
	};
}

/** A v1 service in v3's shape. Holiday schedules are left out: dated closures go stale. */
export function v1ToV3(v1: Json): Json {
	const locations = objects(v1.service_at_locations).map((link) => ({
		...link,
		location: isObject(link.location) ? location(link.location) : undefined,
		schedules: objects(link.regular_schedules).map(schedule)
	}));
	return {
		...v1,
		...eligibility(v1),
		schedules: objects(v1.regular_schedules).map(schedule),
		service_at_locations: locations,
		attributes: attributes(v1),
		languages: objects(v1.languages).map((l) => ({ name: str(l.language) ?? str(l.name) })),
		organization: isObject(v1.organization)
			? { ...v1.organization, website: v1.organization.website ?? v1.organization.url }
			: undefined
	};
}

export function readV1Service(input: unknown, options: ReadOptions): ReadResult {
	if (!isObject(input)) return { ok: false, id: null, reason: 'It is not a service object' };
	return readV3Service(v1ToV3(input), options);
}
