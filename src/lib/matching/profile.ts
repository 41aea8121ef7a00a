/**
 * NeedsProfile (DESIGN.md §3.2): what the questionnaire produces and the ranking reads.
 * The schema gives plain-English messages per field, in the house `validate()` style.
 */
import * as v from 'valibot';
import {
	ACCESS_FEATURES,
	CATEGORY_IDS,
	type AccessFeature,
	type CategoryId
} from '../directory/categories';
import { WEEKDAYS, type Weekday } from '../directory/model';
import { safeText, validate, type Validated } from '../directory/validation';

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export const ONLINE_CHOICES = ['include', 'only', 'exclude'] as const;
export type OnlineChoice = (typeof ONLINE_CHOICES)[number];

export const MAX_COSTS = ['free', 'low', 'any'] as const;
export type MaxCost = (typeof MAX_COSTS)[number];

/** DESIGN.md §3.2a: which single-sex groups to show; absent shows both. */
export const SINGLE_SEX_CHOICES = ['women', 'men', 'none'] as const;
export type SingleSexChoice = (typeof SINGLE_SEX_CHOICES)[number];

export interface NeedsProfile {
	categories: CategoryId[];
	text?: string;
	origin?: { lat: number; lng: number };
	maxDistanceKm?: number;
	online?: OnlineChoice;
	availability?: { day: Weekday; part: DayPart }[];
	maxCost?: MaxCost;
	access?: AccessFeature[];
	age?: number;
	languages?: string[];
	/** What the person chose to say about themselves (DESIGN.md §3.2a); absent is unknown. */
	carer?: boolean;
	youngChildren?: boolean;
	singleSexGroups?: SingleSexChoice;
}

const unique = <T>(message: string) =>
	v.checkItems<T[], string>((item, index, all) => all.indexOf(item) === index, message);

export const NeedsProfileSchema = v.object({
	categories: v.optional(
		v.pipe(
			v.array(
				v.picklist(CATEGORY_IDS, 'Choose categories from the list'),
				'Give categories as a list'
			),
			unique<CategoryId>('Each category can be chosen once')
		),
		[]
	),
	text: v.optional(
		v.pipe(
			v.string('Give your own words as text'),
			v.trim(),
			safeText('your own words'),
			v.maxLength(500, 'Use 500 characters or fewer')
		)
	),
	origin: v.optional(
		v.object(
			{
				lat: v.pipe(
					v.number('Give a latitude as a number'),
					v.minValue(-90, 'A latitude is between -90 and 90'),
					v.maxValue(90, 'A latitude is between -90 and 90')
				),
				lng: v.pipe(
					v.number('Give a longitude as a number'),
					v.minValue(-180, 'A longitude is between -180 and 180'),
					v.maxValue(180, 'A longitude is between -180 and 180')
				)
			},
			'Give a starting point as { "lat": …, "lng": … }'
		)
	),
	maxDistanceKm: v.optional(
		v.pipe(
			v.number('Give a distance in kilometres'),
			v.gtValue(0, 'A distance must be more than 0 km'),
			v.maxValue(500, 'A distance must be 500 km or less')
		)
	),
	online: v.optional(
		v.picklist(ONLINE_CHOICES, 'Choose "include", "only" or "exclude" for online')
	),
	availability: v.optional(
		v.array(
			v.object({
				day: v.picklist(WEEKDAYS, 'Choose a day: mon, tue, wed, thu, fri, sat or sun'),
				part: v.picklist(DAY_PARTS, 'Choose a part of the day: morning, afternoon or evening')
			}),
			'Give free times as a list of { "day", "part" }'
		)
	),
	maxCost: v.optional(v.picklist(MAX_COSTS, 'Choose "free", "low" or "any" for cost')),
	access: v.optional(
		v.pipe(
			v.array(
				v.picklist(ACCESS_FEATURES, 'Choose access needs from the list'),
				'Give access needs as a list'
			),
			unique<AccessFeature>('Each access need can be given once')
		)
	),
	age: v.optional(
		v.pipe(
			v.number('Give an age in years'),
			v.minValue(0, 'An age cannot be below 0'),
			v.maxValue(120, 'An age cannot be above 120')
		)
	),
	languages: v.optional(
		v.array(
			v.pipe(
				v.string('Give languages as two-letter codes, like "ar"'),
				v.toLowerCase(),
				v.regex(/^[a-z]{2}$/, 'Give languages as two-letter codes, like "ar"')
			),
			'Give languages as a list'
		)
	),
	carer: v.optional(v.boolean('Say true or false for carer')),
	youngChildren: v.optional(v.boolean('Say true or false for youngChildren')),
	singleSexGroups: v.optional(
		v.picklist(SINGLE_SEX_CHOICES, 'Choose "women", "men" or "none" for singleSexGroups')
	)
});

/** Checks a parsed JSON value; on failure, `{ "dotted.path": "message" }` per field. */
export function parseProfile(input: unknown): Validated<NeedsProfile> {
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		return { ok: false, errors: { '': 'A profile must be a JSON object' } };
	}
	return validate(NeedsProfileSchema as v.GenericSchema<unknown, NeedsProfile>, input);
}

/** One line for a person or a terminal: "age: An age cannot be below 0; …". */
export function describeProfileErrors(errors: Record<string, string>): string {
	return Object.entries(errors)
		.map(([path, message]) => (path ? `${path}: ${message}` : message))
		.join('; ');
}
