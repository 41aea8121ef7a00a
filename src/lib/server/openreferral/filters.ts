/**
 * The `/services` filters of the ORUK API, over published full services. Each filter narrows
 * the last (they combine with AND). Day and times are asked of one schedule together, so
 * "Monday, starting after 18:00" means a Monday evening session, not a Monday morning one and
 * an evening on another day.
 */
import type { OrukService } from '../../directory/oruk/write-v3';

type Json = Record<string, unknown>;

export type DayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
const DAY_BY_UTC_INDEX: DayCode[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface ServiceFilters {
	/** Lower-case words that must all appear. */
	words?: string[];
	taxonomyTermId?: string;
	/** A taxonomy's id or its name (e.g. `waymark-categories`). */
	taxonomy?: string;
	minimumAge?: number;
	maximumAge?: number;
	day?: DayCode;
	/** `HH:MM:SS`: a session starting at or after. */
	startTime?: string;
	/** `HH:MM:SS`: a session ending at or before. */
	endTime?: string;
}

interface SessionFacts {
	days: Set<DayCode>;
	opens?: string;
	closes?: string;
}

export interface ServiceFacts {
	text: string;
	termIds: Set<string>;
	taxonomies: Set<string>;
	/** No stated minimum is open from birth; no stated maximum, to any age. */
	minAge: number;
	maxAge: number;
	sessions: SessionFacts[];
}

/** Lower case without accents, so "cafe" finds "Café". */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "9:30" and "09:30" and "09:30:00" compare alike as "09:30:00". */
export function clockTime(value: string): string {
	const [h, m = '00', s = '00'] = value.split(':');
	return `${h.padStart(2, '0')}:${m}:${s}`;
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Terms a service has: its own attributes, and its venues' features that are not a "no". */
function terms(service: OrukService): Json[] {
	const own = list(service.attributes);
	const atVenues = list(service.service_at_locations).flatMap((link) =>
		list((link.location as Json | undefined)?.attributes).filter((a) => a.value !== 'no')
	);
	return [...own, ...atVenues].map((a) => (a.taxonomy_term ?? {}) as Json);
}

function sessionFacts(schedule: Json): SessionFacts {
	const days = new Set<DayCode>();
	for (const part of text(schedule.byday).split(',')) {
		const code = part.trim().slice(-2).toUpperCase();
		if (DAY_BY_UTC_INDEX.includes(code as DayCode)) days.add(code as DayCode);
	}
	// A one-off session names its date rather than a day of the week.
	const date = text(schedule.dtstart) || text(schedule.valid_from);
	if (days.size === 0 && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
		days.add(DAY_BY_UTC_INDEX[new Date(`${date}T00:00:00Z`).getUTCDay()]);
	}
	const opens = text(schedule.opens_at);
	const closes = text(schedule.closes_at);
	return {
		days,
		...(opens ? { opens: clockTime(opens) } : {}),
		...(closes ? { closes: clockTime(closes) } : {})
	};
}

export function factsOf(service: OrukService): ServiceFacts {
	const serviceTerms = terms(service);
	const organisation = (service.organization ?? {}) as Json;
	const keywords = Array.isArray(service.wm_keywords) ? service.wm_keywords.map(String) : [];
	return {
		text: foldText(
			[
				service.name,
				text(service.wm_summary),
				text(service.description),
				text(organisation.name),
				...keywords,
				...serviceTerms.map((t) => text(t.name))
			].join('\n')
		),
		termIds: new Set(serviceTerms.map((t) => text(t.id))),
		taxonomies: new Set(serviceTerms.flatMap((t) => [text(t.taxonomy_id), text(t.taxonomy)])),
		minAge: typeof service.minimum_age === 'number' ? service.minimum_age : 0,
		maxAge: typeof service.maximum_age === 'number' ? service.maximum_age : Infinity,
		sessions: list(service.schedules)
			.map(sessionFacts)
			.filter((s) => s.days.size > 0 || s.opens || s.closes)
	};
}

function sessionMatches(session: SessionFacts, filters: ServiceFilters): boolean {
	if (filters.day && !session.days.has(filters.day)) return false;
	if (filters.startTime && !(session.opens && session.opens >= filters.startTime)) return false;
	if (filters.endTime && !(session.closes && session.closes <= filters.endTime)) return false;
	return true;
}

export function matchesFilters(facts: ServiceFacts, filters: ServiceFilters): boolean {
	if (filters.words && !filters.words.every((word) => facts.text.includes(word))) return false;
	if (filters.taxonomyTermId && !facts.termIds.has(filters.taxonomyTermId)) return false;
	if (filters.taxonomy && !facts.taxonomies.has(filters.taxonomy)) return false;
	if (filters.minimumAge !== undefined && !(facts.minAge >= filters.minimumAge)) return false;
	if (filters.maximumAge !== undefined && !(facts.maxAge <= filters.maximumAge)) return false;
	const bySchedule = filters.day || filters.startTime || filters.endTime;
	if (bySchedule && !facts.sessions.some((s) => sessionMatches(s, filters))) return false;
	return true;
}
