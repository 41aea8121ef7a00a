/**
 * The one set of validation rules for directory data, shared by the server, the listing
 * forms and the importers. Messages are plain English and name the field's problem, so a
 * form can show them beside the field and an import report can quote them.
 */
import * as v from 'valibot';
import { textProblem, textProblemMessage, type TextRules } from '$lib/text/safe-text';
import { AUDIENCES, normaliseAudience } from './audience';
import { ACCESS_FEATURES, CATEGORY_IDS } from './categories';
import {
	ACTIVITY_STATUSES,
	CAPACITIES,
	COST_PERIODS,
	FREQUENCIES,
	HOW_TO_JOIN,
	WEEKDAYS,
	type Activity,
	type Organisation,
	type Venue
} from './model';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Loose UK postcode shape; the geocoder is the judge of whether it exists. */
export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const UK_PHONE = /^(?:\+44\s?|0)(?:\d\s?){9,10}$/;
const LANGUAGE = /^[a-z]{2}$/;

/**
 * Refuses text with hidden control or direction characters, broken characters or nothing
 * visible (`$lib/text/safe-text.ts`), naming the field: `field` reads after "from", e.g. "your name".
 */
export const safeText = (field: string, rules?: TextRules) =>
	v.rawCheck<string>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = textProblem(dataset.value, rules);
		if (problem) addIssue({ message: textProblemMessage(problem, field) });
	});

const text = (max: number, required: string, field: string) =>
	v.pipe(
		v.string(required),
		v.trim(),
		v.nonEmpty(required),
		safeText(field),
		v.maxLength(max, `Must be ${max} characters or fewer`)
	);
const optionalText = (max: number, field: string, rules?: TextRules) =>
	v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText(field, rules),
			v.maxLength(max, `Must be ${max} characters or fewer`)
		)
	);
const paragraphs = (max: number, field: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		safeText(field, { multiline: true }),
		v.maxLength(max, `Must be ${max} characters or fewer`)
	);

const id = v.pipe(
	v.string('An id is needed'),
	v.nonEmpty('An id is needed'),
	safeText('the id'),
	v.maxLength(200)
);
const date = (message: string) => v.pipe(v.string(message), v.regex(DATE, message));
const time = (message: string) => v.pipe(v.string(message), v.regex(TIME, message));
const age = v.optional(
	v.pipe(
		v.number('Enter an age in years'),
		v.integer('Enter a whole number of years'),
		v.minValue(0, 'An age cannot be below 0'),
		v.maxValue(120, 'An age cannot be above 120')
	)
);

export const SessionSchema = v.pipe(
	v.object({
		frequency: v.picklist(FREQUENCIES, 'Choose weekly, fortnightly, monthly or once'),
		days: v.array(v.picklist(WEEKDAYS, 'Choose a day of the week')),
		weekOfMonth: v.optional(
			v.picklist([1, 2, 3, 4, -1], 'Choose first, second, third, fourth or last')
		),
		startTime: time('Enter a start time like 10:00'),
		endTime: time('Enter an end time like 12:00'),
		startDate: v.optional(date('Enter a date like 2026-11-23')),
		endDate: v.optional(date('Enter a date like 2026-11-23'))
	}),
	v.forward(
		v.check((s) => s.endTime > s.startTime, 'The end time must be after the start time'),
		['endTime']
	),
	v.forward(
		v.check((s) => s.frequency === 'once' || s.days.length > 0, 'Choose at least one day'),
		['days']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'once' || s.startDate !== undefined,
			'Enter the date of the session'
		),
		['startDate']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'fortnightly' || s.startDate !== undefined,
			'Enter the date of one session, so we know which weeks it runs'
		),
		['startDate']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'monthly' || s.weekOfMonth !== undefined,
			'Choose which week of the month'
		),
		['weekOfMonth']
	),
	v.forward(
		v.check(
			(s) => !s.startDate || !s.endDate || s.endDate >= s.startDate,
			'The last date must be on or after the first date'
		),
		['endDate']
	)
);

export const ScheduleSchema = v.object({
	sessions: v.pipe(v.array(SessionSchema), v.maxLength(50, 'List 50 sessions or fewer')),
	note: optionalText(500, 'the note on when it runs', { multiline: true })
});

const costNote = optionalText(300, 'the note on cost', { multiline: true });

export const CostSchema = v.variant(
	'kind',
	[
		v.object({ kind: v.literal('free'), note: costNote }),
		v.object({ kind: v.literal('donation'), note: costNote }),
		v.object({
			kind: v.literal('paid'),
			amount: v.pipe(
				v.number('Enter the cost in pounds, like 3.50'),
				v.minValue(0.01, 'A cost must be more than £0; choose "Free" instead'),
				v.maxValue(1000, 'Enter a cost of £1,000 or less')
			),
			per: v.picklist(COST_PERIODS, 'Choose per session, week, month or course'),
			concessions: optionalText(300, 'the concessions'),
			note: costNote
		}),
		v.object({ kind: v.literal('unknown'), note: costNote })
	],
	'Choose free, donation, paid or not known'
);

export const AddressSchema = v.object({
	line1: text(200, 'Enter the first line of the address', 'the address'),
	line2: optionalText(200, 'the address'),
	town: text(100, 'Enter the town or city', 'the town'),
	postcode: v.pipe(
		v.string('Enter a postcode'),
		v.trim(),
		v.toUpperCase(),
		v.regex(UK_POSTCODE, 'Enter a full UK postcode, like NE4 6SH')
	)
});

export const VenueSchema = v.object({
	id,
	name: text(200, 'Enter the name of the venue', 'the name of the venue'),
	address: AddressSchema,
	lat: v.pipe(
		v.number('Enter a latitude'),
		v.minValue(49, 'The venue must be in the UK'),
		v.maxValue(61, 'The venue must be in the UK')
	),
	lng: v.pipe(
		v.number('Enter a longitude'),
		v.minValue(-9, 'The venue must be in the UK'),
		v.maxValue(2.5, 'The venue must be in the UK')
	),
	access: v.record(v.picklist(ACCESS_FEATURES, 'Unknown access feature'), v.boolean()),
	accessNotes: optionalText(1000, 'the access notes', { multiline: true })
});

export const ContactSchema = v.object({
	name: optionalText(200, 'the contact name'),
	phone: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('the phone number'),
			v.regex(UK_PHONE, 'Enter a UK phone number, like 0191 496 0000')
		)
	),
	email: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('the email address'),
			v.email('Enter an email address, like name@example.org')
		)
	),
	website: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('the web address'),
			v.url('Enter a full web address starting with https://')
		)
	)
});

const listingMeta = {
	source: text(100, 'A source is needed', 'the source'),
	sourceId: text(200, 'A source id is needed', 'the source id'),
	demo: v.boolean()
};

export const OrganisationSchema = v.object({
	id,
	name: text(200, 'Enter the name of the group', 'the name of the group'),
	description: paragraphs(5000, 'the description'),
	website: ContactSchema.entries.website,
	email: ContactSchema.entries.email,
	phone: ContactSchema.entries.phone,
	...listingMeta
});

export const ActivitySchema = v.pipe(
	v.object({
		id,
		organisation: v.object({
			id,
			name: text(200, 'Enter the name of the group', 'the name of the group')
		}),
		name: text(120, 'Enter the name of the activity', 'the name of the activity'),
		summary: text(200, 'Give a one-line summary of the activity', 'the summary'),
		description: paragraphs(5000, 'the description'),
		categories: v.pipe(
			v.array(v.picklist(CATEGORY_IDS, 'Choose a category from the list')),
			v.checkItems(
				(item, index, all) => all.indexOf(item) === index,
				'Each category can be chosen once'
			)
		),
		keywords: v.pipe(
			v.array(v.pipe(v.string(), v.trim(), safeText('the keywords'), v.maxLength(60))),
			v.maxLength(30)
		),
		venues: v.pipe(v.array(VenueSchema), v.maxLength(20, 'List 20 venues or fewer')),
		online: v.boolean(),
		schedule: ScheduleSchema,
		cost: CostSchema,
		minAge: age,
		maxAge: age,
		audience: v.optional(
			v.pipe(
				v.array(v.picklist(AUDIENCES, 'Choose who it is for from the list')),
				v.checkItems(
					(item, index, all) => all.indexOf(item) === index,
					'Each group can be chosen once'
				),
				v.transform((terms) => normaliseAudience(terms))
			),
			[]
		),
		eligibility: optionalText(500, 'who it is for'),
		languages: v.array(
			v.pipe(
				v.string(),
				v.toLowerCase(),
				v.regex(LANGUAGE, 'Use a two-letter language code, like en')
			)
		),
		howToJoin: v.picklist(HOW_TO_JOIN, 'Choose how people join'),
		contact: ContactSchema,
		capacity: v.picklist(CAPACITIES, 'Choose open, waiting list or full'),
		status: v.picklist(ACTIVITY_STATUSES, 'Choose a status'),
		lastReviewed: v.nullable(date('Enter a date like 2026-11-23')),
		...listingMeta
	}),
	v.forward(
		v.check(
			(a) => a.minAge === undefined || a.maxAge === undefined || a.maxAge >= a.minAge,
			'The oldest age must be the same as or above the youngest'
		),
		['maxAge']
	)
);

export type FieldErrors = Record<string, string>;
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Runs a schema and flattens its issues to `{ "dotted.path": "first message" }`. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validated<T> {
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	if (result.success) return { ok: true, value: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const path = v.getDotPath(issue) ?? '';
		errors[path] ??= issue.message;
	}
	return { ok: false, errors };
}

export const validateActivity = (input: unknown): Validated<Activity> =>
	validate(ActivitySchema as v.GenericSchema<unknown, Activity>, input);
export const validateVenue = (input: unknown): Validated<Venue> =>
	validate(VenueSchema as v.GenericSchema<unknown, Venue>, input);
export const validateOrganisation = (input: unknown): Validated<Organisation> =>
	validate(OrganisationSchema as v.GenericSchema<unknown, Organisation>, input);
