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
				v.picklist(CATEGORY_IDS, 'profile_error_choose_categories_from_list'),
				'profile_error_give_categories_list'
			),
			unique<CategoryId>('profile_error_each_category_can_chosen_once')
		),
		[]
	),
	text: v.optional(
		v.pipe(
			v.string('profile_error_give_your_own_words_text'),
			v.trim(),
			safeText('profile_field_own_words'),
			v.maxLength(500, 'profile_error_use_500_characters_fewer')
		)
	),
	origin: v.optional(
		v.object(
			{
				lat: v.pipe(
					v.number('profile_error_give_latitude_number'),
					v.minValue(-90, 'profile_error_latitude_between_90_90'),
					v.maxValue(90, 'profile_error_latitude_between_90_90')
				),
				lng: v.pipe(
					v.number('profile_error_give_longitude_number'),
					v.minValue(-180, 'profile_error_longitude_between_180_180'),
					v.maxValue(180, 'profile_error_longitude_between_180_180')
				)
			},
			'profile_error_give_starting_point_lat_lng'
		)
	),
	maxDistanceKm: v.optional(
		v.pipe(
			v.number('profile_error_give_distance_kilometres'),
			v.gtValue(0, 'profile_error_distance_must_more_than_0_km'),
			v.maxValue(500, 'profile_error_distance_must_500_km_less')
		)
	),
	online: v.optional(
		v.picklist(ONLINE_CHOICES, 'profile_error_choose_include_only_exclude_online')
	),
	availability: v.optional(
		v.array(
			v.object({
				day: v.picklist(WEEKDAYS, 'profile_error_choose_day_mon_tue_wed_thu'),
				part: v.picklist(DAY_PARTS, 'profile_error_choose_part_day_morning_afternoon_evening')
			}),
			'profile_error_give_free_times_list_day_part'
		)
	),
	maxCost: v.optional(v.picklist(MAX_COSTS, 'profile_error_choose_free_low_any_cost')),
	access: v.optional(
		v.pipe(
			v.array(
				v.picklist(ACCESS_FEATURES, 'profile_error_choose_access_needs_from_list'),
				'profile_error_give_access_needs_list'
			),
			unique<AccessFeature>('profile_error_each_access_need_can_given_once')
		)
	),
	age: v.optional(
		v.pipe(
			v.number('profile_error_give_age_years'),
			v.minValue(0, 'profile_error_age_cannot_below_0'),
			v.maxValue(120, 'profile_error_age_cannot_above_120')
		)
	),
	languages: v.optional(
		v.array(
			v.pipe(
				v.string('profile_error_give_languages_two_letter_codes_ar'),
				v.toLowerCase(),
				v.regex(/^[a-z]{2}$/, 'profile_error_give_languages_two_letter_codes_ar')
			),
			'profile_error_give_languages_list'
		)
	),
	carer: v.optional(v.boolean('profile_error_say_true_false_carer')),
	youngChildren: v.optional(v.boolean('profile_error_say_true_false_youngchildren')),
	singleSexGroups: v.optional(
		v.picklist(SINGLE_SEX_CHOICES, 'profile_error_choose_women_men_none_singlesexgroups')
	)
});

/** Checks a parsed JSON value; on failure, `{ "dotted.path": "message" }` per field. */
export function parseProfile(input: unknown): Validated<NeedsProfile> {
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		return { ok: false, errors: { '': 'profile_error_profile_must_json_object' } };
	}
	return validate(NeedsProfileSchema as v.GenericSchema<unknown, NeedsProfile>, input);
}
