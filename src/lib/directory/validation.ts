/**
 * The one set of validation rules for directory data, shared by the server, the listing
 * forms and the importers. Messages are plain English and name the field's problem, so a
 * form can show them beside the field and an import report can quote them.
 */
import * as v from 'valibot';
import { problem } from '$lib/text/problem';
import { textProblem, textProblemCode, type TextRules } from '$lib/text/safe-text';
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
		const found = textProblem(dataset.value, rules);
		if (found) addIssue({ message: textProblemCode(found, field) });
	});

const text = (max: number, required: string, field: string) =>
	v.pipe(
		v.string(required),
		v.trim(),
		v.nonEmpty(required),
		safeText(field),
		v.maxLength(max, problem('directory_error_max_length', { max }))
	);
const optionalText = (max: number, field: string, rules?: TextRules) =>
	v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText(field, rules),
			v.maxLength(max, problem('directory_error_max_length', { max }))
		)
	);
const paragraphs = (max: number, field: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		safeText(field, { multiline: true }),
		v.maxLength(max, problem('directory_error_max_length', { max }))
	);

const id = v.pipe(
	v.string('directory_error_id_needed'),
	v.nonEmpty('directory_error_id_needed'),
	safeText('directory_field_id'),
	v.maxLength(200)
);
const date = (message: string) => v.pipe(v.string(message), v.regex(DATE, message));
const time = (message: string) => v.pipe(v.string(message), v.regex(TIME, message));
const age = v.optional(
	v.pipe(
		v.number('directory_error_enter_age_years'),
		v.integer('directory_error_enter_whole_number_years'),
		v.minValue(0, 'directory_error_age_cannot_below_0'),
		v.maxValue(120, 'directory_error_age_cannot_above_120')
	)
);

export const SessionSchema = v.pipe(
	v.object({
		frequency: v.picklist(FREQUENCIES, 'directory_error_choose_weekly_fortnightly_monthly_once'),
		days: v.array(v.picklist(WEEKDAYS, 'directory_error_choose_day_week')),
		weekOfMonth: v.optional(
			v.picklist([1, 2, 3, 4, -1], 'directory_error_choose_first_second_third_fourth_last')
		),
		startTime: time('directory_error_enter_start_time_10_00'),
		endTime: time('directory_error_enter_end_time_12_00'),
		startDate: v.optional(date('directory_error_enter_date_2026_11_23')),
		endDate: v.optional(date('directory_error_enter_date_2026_11_23'))
	}),
	v.forward(
		v.check((s) => s.endTime > s.startTime, 'directory_error_end_time_must_after_start_time'),
		['endTime']
	),
	v.forward(
		v.check(
			(s) => s.frequency === 'once' || s.days.length > 0,
			'directory_error_choose_at_least_one_day'
		),
		['days']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'once' || s.startDate !== undefined,
			'directory_error_enter_date_session'
		),
		['startDate']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'fortnightly' || s.startDate !== undefined,
			'directory_error_enter_date_one_session_so_we'
		),
		['startDate']
	),
	v.forward(
		v.check(
			(s) => s.frequency !== 'monthly' || s.weekOfMonth !== undefined,
			'directory_error_choose_which_week_month'
		),
		['weekOfMonth']
	),
	v.forward(
		v.check(
			(s) => !s.startDate || !s.endDate || s.endDate >= s.startDate,
			'directory_error_last_date_must_on_after_first'
		),
		['endDate']
	)
);

export const ScheduleSchema = v.object({
	sessions: v.pipe(
		v.array(SessionSchema),
		v.maxLength(50, 'directory_error_list_50_sessions_fewer')
	),
	note: optionalText(500, 'directory_field_note_on_when_it_runs', { multiline: true })
});

const costNote = optionalText(300, 'directory_field_note_on_cost', { multiline: true });

export const CostSchema = v.variant(
	'kind',
	[
		v.object({ kind: v.literal('free'), note: costNote }),
		v.object({ kind: v.literal('donation'), note: costNote }),
		v.object({
			kind: v.literal('paid'),
			amount: v.pipe(
				v.number('directory_error_enter_cost_pounds_3_50'),
				v.minValue(0.01, 'directory_error_cost_more_than_0'),
				v.maxValue(1000, 'directory_error_enter_cost_1_000_less')
			),
			per: v.picklist(COST_PERIODS, 'directory_error_choose_per_session_week_month_course'),
			concessions: optionalText(300, 'directory_field_concessions'),
			note: costNote
		}),
		v.object({ kind: v.literal('unknown'), note: costNote })
	],
	'directory_error_choose_free_donation_paid_not_known'
);

export const AddressSchema = v.object({
	line1: text(200, 'directory_error_enter_first_line_address', 'directory_field_address'),
	line2: optionalText(200, 'directory_field_address'),
	town: text(100, 'directory_error_enter_town_city', 'directory_field_town'),
	postcode: v.pipe(
		v.string('directory_error_enter_postcode'),
		v.trim(),
		v.toUpperCase(),
		v.regex(UK_POSTCODE, 'directory_error_enter_full_uk_postcode_ne4_6sh')
	)
});

export const VenueSchema = v.object({
	id,
	name: text(200, 'directory_error_enter_name_venue', 'directory_field_name_of_the_venue'),
	address: AddressSchema,
	lat: v.pipe(
		v.number('directory_error_enter_latitude'),
		v.minValue(49, 'directory_error_venue_must_uk'),
		v.maxValue(61, 'directory_error_venue_must_uk')
	),
	lng: v.pipe(
		v.number('directory_error_enter_longitude'),
		v.minValue(-9, 'directory_error_venue_must_uk'),
		v.maxValue(2.5, 'directory_error_venue_must_uk')
	),
	access: v.record(
		v.picklist(ACCESS_FEATURES, 'directory_error_unknown_access_feature'),
		v.boolean()
	),
	accessNotes: optionalText(1000, 'directory_field_access_notes', { multiline: true })
});

export const ContactSchema = v.object({
	name: optionalText(200, 'directory_field_contact_name'),
	phone: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('directory_field_phone_number'),
			v.regex(UK_PHONE, 'directory_error_enter_uk_phone_number_0191_496')
		)
	),
	email: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('directory_field_email_address'),
			v.email('directory_error_enter_email_address_name_example_org')
		)
	),
	website: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			safeText('directory_field_web_address'),
			v.url('directory_error_enter_full_web_address_starting_with')
		)
	)
});

const listingMeta = {
	source: text(100, 'directory_error_source_needed', 'directory_field_source'),
	sourceId: text(200, 'directory_error_source_id_needed', 'directory_field_source_id'),
	demo: v.boolean()
};

export const OrganisationSchema = v.object({
	id,
	name: text(200, 'directory_error_enter_name_group', 'directory_field_name_of_the_group'),
	description: paragraphs(5000, 'directory_field_description'),
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
			name: text(200, 'directory_error_enter_name_group', 'directory_field_name_of_the_group')
		}),
		name: text(120, 'directory_error_enter_name_activity', 'directory_field_name_of_the_activity'),
		summary: text(200, 'directory_error_give_one_line_summary_activity', 'directory_field_summary'),
		description: paragraphs(5000, 'directory_field_description'),
		categories: v.pipe(
			v.array(v.picklist(CATEGORY_IDS, 'directory_error_choose_category_from_list')),
			v.checkItems(
				(item, index, all) => all.indexOf(item) === index,
				'directory_error_each_category_can_chosen_once'
			)
		),
		keywords: v.pipe(
			v.array(v.pipe(v.string(), v.trim(), safeText('directory_field_keywords'), v.maxLength(60))),
			v.maxLength(30)
		),
		venues: v.pipe(v.array(VenueSchema), v.maxLength(20, 'directory_error_list_20_venues_fewer')),
		online: v.boolean(),
		schedule: ScheduleSchema,
		cost: CostSchema,
		minAge: age,
		maxAge: age,
		audience: v.optional(
			v.pipe(
				v.array(v.picklist(AUDIENCES, 'directory_error_choose_who_it_from_list')),
				v.checkItems(
					(item, index, all) => all.indexOf(item) === index,
					'directory_error_each_group_can_chosen_once'
				),
				v.transform((terms) => normaliseAudience(terms))
			),
			[]
		),
		eligibility: optionalText(500, 'directory_field_who_it_is_for'),
		languages: v.array(
			v.pipe(
				v.string(),
				v.toLowerCase(),
				v.regex(LANGUAGE, 'directory_error_use_two_letter_language_code_en')
			)
		),
		howToJoin: v.picklist(HOW_TO_JOIN, 'directory_error_choose_how_people_join'),
		contact: ContactSchema,
		capacity: v.picklist(CAPACITIES, 'directory_error_choose_open_waiting_list_full'),
		status: v.picklist(ACTIVITY_STATUSES, 'directory_error_choose_status'),
		lastReviewed: v.nullable(date('directory_error_enter_date_2026_11_23')),
		...listingMeta
	}),
	v.forward(
		v.check(
			(a) => a.minAge === undefined || a.maxAge === undefined || a.maxAge >= a.minAge,
			'directory_error_oldest_age_must_same_above_youngest'
		),
		['maxAge']
	)
);

export type FieldErrors = Record<string, string>;
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Problems valibot words itself (a missing key, a value of the wrong kind, where a schema names
 * no message of its own) as codes too, so no English sentence ever leaves a validator.
 */
function fallbackProblem(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.input === undefined) return 'directory_error_missing';
	return 'directory_error_wrong_kind';
}

/** Runs a schema and flattens its issues to `{ "dotted.path": "first problem code" }`. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validated<T> {
	const result = v.safeParse(schema, input, { abortPipeEarly: true, message: fallbackProblem });
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
