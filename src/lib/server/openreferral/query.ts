/**
 * Reads the query of an ORUK list request into filters and paging, or says in plain English
 * which parameter is wrong. Parameters the API does not know are ignored, as HSDS clients may
 * send more than a publisher supports.
 */
import { clockTime, foldText, type DayCode, type ServiceFilters } from './filters';
import * as m from '$lib/paraglide/messages';

export const DEFAULT_PER_PAGE = 50;
/** Larger requests get this many: enough for a feed reader, small enough to answer quickly. */
export const MAX_PER_PAGE = 200;

export class QueryError extends Error {}

export interface ListQuery {
	filters: ServiceFilters;
	page: number;
	perPage: number;
	postcode?: string;
	/** Metres from the postcode. */
	proximity?: number;
}

const DAYS: Record<string, DayCode> = {
	mo: 'MO',
	mon: 'MO',
	monday: 'MO',
	tu: 'TU',
	tue: 'TU',
	tues: 'TU',
	tuesday: 'TU',
	we: 'WE',
	wed: 'WE',
	wednesday: 'WE',
	th: 'TH',
	thu: 'TH',
	thur: 'TH',
	thurs: 'TH',
	thursday: 'TH',
	fr: 'FR',
	fri: 'FR',
	friday: 'FR',
	sa: 'SA',
	sat: 'SA',
	saturday: 'SA',
	su: 'SU',
	sun: 'SU',
	sunday: 'SU'
};

function param(params: URLSearchParams, name: string): string | undefined {
	const value = params.get(name)?.trim();
	return value ? value : undefined;
}

function wholeNumber(params: URLSearchParams, name: string, min: number): number | undefined {
	const value = param(params, name);
	if (value === undefined) return undefined;
	if (!/^\d{1,9}$/.test(value) || Number(value) < min) {
		throw new QueryError(m.oruk_whole_number({ name, min }));
	}
	return Number(value);
}

function decimal(params: URLSearchParams, name: string, message: string): number | undefined {
	const value = param(params, name);
	if (value === undefined) return undefined;
	if (!/^\d{1,9}(\.\d+)?$/.test(value)) throw new QueryError(message);
	return Number(value);
}

function time(params: URLSearchParams, name: string): string | undefined {
	const value = param(params, name);
	if (value === undefined) return undefined;
	if (!/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value)) {
		throw new QueryError(m.oruk_time({ name }));
	}
	return clockTime(value);
}

function day(params: URLSearchParams): DayCode | undefined {
	const value = param(params, 'day');
	if (value === undefined) return undefined;
	const code = DAYS[value.toLowerCase()];
	if (!code) throw new QueryError(m.oruk_day());
	return code;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
	const search = param(params, 'search');
	const words = search ? foldText(search).split(/\s+/).filter(Boolean) : [];
	const filters: ServiceFilters = {
		...(words.length > 0 ? { words } : {}),
		taxonomyTermId: param(params, 'taxonomy_term_id')?.toLowerCase(),
		taxonomy: param(params, 'taxonomy_id'),
		minimumAge: decimal(params, 'minimum_age', m.oruk_age({ name: 'minimum_age' })),
		maximumAge: decimal(params, 'maximum_age', m.oruk_age({ name: 'maximum_age' })),
		day: day(params),
		startTime: time(params, 'start_time'),
		endTime: time(params, 'end_time')
	};
	const postcode = param(params, 'postcode');
	const proximity = decimal(params, 'proximity', m.oruk_proximity());
	if (proximity !== undefined && postcode === undefined) {
		throw new QueryError(m.oruk_proximity_needs_postcode());
	}
	return {
		filters,
		...pagingOf(params),
		...(postcode ? { postcode } : {}),
		...(proximity !== undefined ? { proximity } : {})
	};
}

export function pagingOf(params: URLSearchParams): { page: number; perPage: number } {
	const page = wholeNumber(params, 'page', 1) ?? 1;
	const perPage = Math.min(wholeNumber(params, 'per_page', 1) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
	return { page, perPage };
}
