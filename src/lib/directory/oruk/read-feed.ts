/**
 * Reads a whole feed, whatever it is: an array of ORUK v3 services, a v3 `/services` page
 * (`contents`), an array of v1 services or a v1 page (`content`), or Waymark's own export (v3
 * whose services carry `wm_schema`). One bad record is skipped with its reason and never stops the rest; input that is
 * no feed at all throws FeedFormatError, whose message the import CLI prints before exiting 2.
 */
import { htmlToText } from './plain-text';
import { readV1Service } from './read-v1';
import { readV3Service } from './read-v3';
import { repeatedSentences } from './text-zones';
import { isWaymarkRecord } from './waymark-schema';
import {
	isObject,
	str,
	type Json,
	type ReadOptions,
	type ReadRecord,
	type ReadResult,
	type Skip
} from './types';

export type FeedFormat = 'oruk-v3' | 'oruk-v1' | 'waymark-export';

export interface FeedResult {
	format: FeedFormat;
	records: ReadRecord[];
	skipped: Skip[];
}

export class FeedFormatError extends Error {
	override name = 'FeedFormatError';
}

/** Fields only v1 services carry. */
const V1_MARKS = [
	'regular_schedules',
	'service_taxonomys',
	'eligibilitys',
	'holiday_schedules',
	'fundings',
	'reviews'
];
/** Fields only v3 services carry. */
const V3_MARKS = ['schedules', 'attributes', 'funding', 'service_areas', 'last_modified'];

function isV1(service: Json): boolean {
	if (V1_MARKS.some((mark) => mark in service)) return true;
	return JSON.stringify(service.service_at_locations ?? []).includes('"physical_addresses"');
}

function looksLikeService(value: unknown): value is Json {
	return isObject(value) && (str(value.name) !== undefined || str(value.id) !== undefined);
}

function itemsOf(json: unknown): { items: unknown[]; page?: 'v3' | 'v1' } {
	if (Array.isArray(json)) return { items: json };
	if (isObject(json)) {
		if (Array.isArray(json.contents)) return { items: json.contents, page: 'v3' };
		if (Array.isArray(json.content)) return { items: json.content, page: 'v1' };
		// One service on its own, as `GET /services/{id}` gives it.
		if (looksLikeService(json) && 'status' in json) return { items: [json] };
	}
	throw new FeedFormatError(
		'This is not an Open Referral feed: expected a list of services, a page of services ' +
			'("contents" or "content"), or a Waymark export'
	);
}

function detect(items: unknown[], page?: 'v3' | 'v1'): FeedFormat {
	const services = items.filter(isObject);
	if (items.length > 0 && !services.some(looksLikeService)) {
		throw new FeedFormatError('This feed has no services: none of its records has an id or a name');
	}
	if (services.length > 0 && services.every(isWaymarkRecord)) return 'waymark-export';
	const v1 = services.filter(isV1).length;
	const v3 = services.filter((s) => V3_MARKS.some((mark) => mark in s)).length;
	if (page === 'v1' || (page !== 'v3' && v1 > v3)) return 'oruk-v1';
	return 'oruk-v3';
}

/** Each record is read by its own shape, so a v3 feed with one v1-style record still reads. */
function readOne(item: unknown, options: ReadOptions): ReadResult {
	try {
		return isObject(item) && isV1(item)
			? readV1Service(item, options)
			: readV3Service(item, options);
	} catch (error) {
		// A reader bug on one odd record must not stop the rest of the import.
		const id = isObject(item) ? (str(item.id) ?? null) : null;
		return { ok: false, id, reason: `It could not be read (${(error as Error).message})` };
	}
}

/** Plain-text descriptions of the feed's services, to find the sentences they share. */
function descriptions(items: unknown[]): string[] {
	return items.flatMap((item) =>
		isObject(item) && typeof item.description === 'string' ? [htmlToText(item.description)] : []
	);
}

export function readFeed(json: unknown, given: ReadOptions): FeedResult {
	const { items, page } = itemsOf(json);
	const format = detect(items, page);
	const options = { repeatedSentences: repeatedSentences(descriptions(items)), ...given };
	const records: ReadRecord[] = [];
	const skipped: Skip[] = [];
	const seen = new Set<string>();
	for (const item of items) {
		const read = readOne(item, options);
		if (!read.ok) {
			skipped.push({ id: read.id, reason: read.reason });
		} else if (seen.has(read.activity.id)) {
			skipped.push({
				id: read.activity.sourceId,
				reason: 'It repeats the id of an earlier service'
			});
		} else {
			seen.add(read.activity.id);
			const { ok: _ok, ...record } = read;
			records.push(record);
		}
	}
	return { format, records, skipped };
}
