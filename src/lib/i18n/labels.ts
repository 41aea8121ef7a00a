/**
 * The words for each value of the app's enumerations, as maps of compiled messages: a page
 * that shows a capacity or a category looks its words up here, and pays only for the maps it
 * uses (each message is its own function, tree-shaken by the bundler).
 */
import type { Audience } from '../directory/audience';
import type { AccessFeature, CategoryId } from '../directory/categories';
import type { Capacity, CostPeriod, HowToJoin, Weekday } from '../directory/model';
import type { DayPart, MaxCost, SingleSexChoice } from '../matching/profile';
import type { Caution } from '../matching/types';
import * as m from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';
import type { DistanceUnit, Feeling, TimePreset } from '../questionnaire/answers';
import type { DISTANCE_CHOICES, StepId } from '../questionnaire/steps';
import type { TextProblem } from '../text/safe-text';

/** A message with no inputs, in the current locale or the one given. */
export type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** How full an activity is, on a card. */
export const CAPACITY: Readonly<Record<Capacity, Label>> = {
	open: m.results_capacity_open,
	waitlist: m.results_capacity_waitlist,
	full: m.results_capacity_full
};

/** How to join, on the activity page and the printout. */
export const HOW_TO_JOIN: Readonly<Record<HowToJoin, Label>> = {
	'turn-up': m.activity_how_to_join_turn_up,
	'contact-first': m.activity_how_to_join_contact_first,
	'via-link-worker': m.activity_how_to_join_via_link_worker
};

/** How a link worker should make contact. */
export const CONTACT_METHOD: Readonly<Record<'phone' | 'text' | 'email', Label>> = {
	phone: m.request_methods_phone,
	text: m.request_methods_text,
	email: m.request_methods_email
};

/** The answers to "How have you been feeling lately?". */
export const FEELING: Readonly<Record<Feeling, Label>> = {
	good: m.questions_feeling_options_good,
	okay: m.questions_feeling_options_okay,
	low: m.questions_feeling_options_low,
	struggling: m.questions_feeling_options_struggling,
	crisis: m.questions_feeling_options_crisis
};

/** Each category as the person chooses it, and as reasons repeat it. */
export const CATEGORY: Readonly<Record<CategoryId, Label>> = {
	'being-active': m.questions_categories_being_active_label,
	'nature-gardening': m.questions_categories_nature_gardening_label,
	'arts-crafts': m.questions_categories_arts_crafts_label,
	'music-singing': m.questions_categories_music_singing_label,
	'meeting-people': m.questions_categories_meeting_people_label,
	'learning-skills': m.questions_categories_learning_skills_label,
	volunteering: m.questions_categories_volunteering_label,
	'money-advice': m.questions_categories_money_advice_label,
	housing: m.questions_categories_housing_label,
	food: m.questions_categories_food_label,
	work: m.questions_categories_work_label,
	'mental-wellbeing': m.questions_categories_mental_wellbeing_label,
	'health-conditions': m.questions_categories_health_conditions_label,
	'healthy-eating': m.questions_categories_healthy_eating_label,
	'memory-dementia': m.questions_categories_memory_dementia_label,
	carers: m.questions_categories_carers_label,
	bereavement: m.questions_categories_bereavement_label,
	families: m.questions_categories_families_label
};

/** A few examples under each category. */
export const CATEGORY_HINT: Readonly<Record<CategoryId, Label>> = {
	'being-active': m.questions_categories_being_active_hint,
	'nature-gardening': m.questions_categories_nature_gardening_hint,
	'arts-crafts': m.questions_categories_arts_crafts_hint,
	'music-singing': m.questions_categories_music_singing_hint,
	'meeting-people': m.questions_categories_meeting_people_hint,
	'learning-skills': m.questions_categories_learning_skills_hint,
	volunteering: m.questions_categories_volunteering_hint,
	'money-advice': m.questions_categories_money_advice_hint,
	housing: m.questions_categories_housing_hint,
	food: m.questions_categories_food_hint,
	work: m.questions_categories_work_hint,
	'mental-wellbeing': m.questions_categories_mental_wellbeing_hint,
	'health-conditions': m.questions_categories_health_conditions_hint,
	'healthy-eating': m.questions_categories_healthy_eating_hint,
	'memory-dementia': m.questions_categories_memory_dementia_hint,
	carers: m.questions_categories_carers_hint,
	bereavement: m.questions_categories_bereavement_hint,
	families: m.questions_categories_families_hint
};

/** The ways of saying when one is free. */
export const TIME_OPTION: Readonly<Record<TimePreset | 'any' | 'custom', Label>> = {
	any: m.questions_times_options_any,
	'weekday-daytimes': m.questions_times_options_weekday_daytimes,
	'weekday-evenings': m.questions_times_options_weekday_evenings,
	weekends: m.questions_times_options_weekends,
	custom: m.questions_times_options_custom
};

/** What each way of saying when one is free covers. */
export const TIME_OPTION_HINT: Readonly<Record<TimePreset, Label>> = {
	'weekday-daytimes': m.questions_times_option_hints_weekday_daytimes,
	'weekday-evenings': m.questions_times_option_hints_weekday_evenings,
	weekends: m.questions_times_option_hints_weekends
};

/** Weekday names. */
export const DAY_NAME: Readonly<Record<Weekday, Label>> = {
	mon: m.questions_times_day_names_mon,
	tue: m.questions_times_day_names_tue,
	wed: m.questions_times_day_names_wed,
	thu: m.questions_times_day_names_thu,
	fri: m.questions_times_day_names_fri,
	sat: m.questions_times_day_names_sat,
	sun: m.questions_times_day_names_sun
};

/** Parts of the day, in a short form. */
export const PART_SHORT: Readonly<Record<DayPart, Label>> = {
	morning: m.questions_times_part_short_morning,
	afternoon: m.questions_times_part_short_afternoon,
	evening: m.questions_times_part_short_evening
};

/** The answers to "How much can you pay?". */
export const COST_OPTION: Readonly<Record<MaxCost, Label>> = {
	free: m.questions_cost_options_free,
	low: m.questions_cost_options_low,
	any: m.questions_cost_options_any
};

/** Which single-sex groups to show. */
export const SINGLE_SEX_OPTION: Readonly<Record<SingleSexChoice | 'both', Label>> = {
	both: m.questions_about_you_single_sex_options_both,
	women: m.questions_about_you_single_sex_options_women,
	men: m.questions_about_you_single_sex_options_men,
	none: m.questions_about_you_single_sex_options_none
};

/** Access needs as the person chooses them. */
export const ACCESS_NEED: Readonly<Record<Exclude<AccessFeature, 'parking'>, Label>> = {
	'step-free': m.questions_about_you_access_names_step_free,
	'accessible-toilet': m.questions_about_you_access_names_accessible_toilet,
	'hearing-loop': m.questions_about_you_access_names_hearing_loop,
	'quiet-space': m.questions_about_you_access_names_quiet_space
};

/** Units for distances. */
export const UNIT_NAME: Readonly<Record<DistanceUnit, Label>> = {
	km: m.questions_distance_unit_names_km,
	miles: m.questions_distance_unit_names_miles
};

/** Each question, as a row of "Your answers". */
export const ANSWER_ROW: Readonly<Record<StepId, Label>> = {
	feeling: m.privacy_rows_feeling,
	interests: m.privacy_rows_interests,
	words: m.privacy_rows_words,
	where: m.privacy_rows_where,
	distance: m.privacy_rows_distance,
	times: m.privacy_rows_times,
	cost: m.privacy_rows_cost,
	'about-you': m.privacy_rows_about_you
};

/** Who an activity is for, on a card. */
export const AUDIENCE: Readonly<Record<Audience, Label>> = {
	women: m.results_audience_women,
	men: m.results_audience_men,
	'older-people': m.results_audience_older_people,
	'young-people': m.results_audience_young_people,
	'parents-young-children': m.results_audience_parents_young_children,
	carers: m.results_audience_carers,
	'young-carers': m.results_audience_young_carers,
	condition: m.results_audience_condition,
	'learning-english': m.results_audience_learning_english,
	bereaved: m.results_audience_bereaved,
	lgbtq: m.results_audience_lgbtq,
	community: m.results_audience_community
};

/** A venue's access features. */
export const ACCESS_FEATURE: Readonly<Record<AccessFeature, Label>> = {
	'step-free': m.reasons_access_step_free,
	'accessible-toilet': m.reasons_access_accessible_toilet,
	'hearing-loop': m.reasons_access_hearing_loop,
	'quiet-space': m.reasons_access_quiet_space,
	parking: m.reasons_access_parking
};

/** What to check before going. */
export const CAUTION: Readonly<Record<Caution['code'], Label>> = {
	'cost-unknown': m.cautions_cost_unknown,
	'access-unknown': m.cautions_access_unknown,
	waitlist: m.cautions_waitlist,
	full: m.cautions_full,
	'no-upcoming': m.cautions_no_upcoming,
	'not-when-free': m.cautions_not_when_free,
	'stale-listing': m.cautions_stale_listing
};

/** What a price is for. */
export const COST_PERIOD: Readonly<Record<CostPeriod, Label>> = {
	session: m.reasons_per_session,
	week: m.reasons_per_week,
	month: m.reasons_per_month,
	course: m.reasons_per_course
};

/** Why a text field was refused. */
export const TEXT_PROBLEM: Readonly<
	Record<TextProblem, (inputs: { field: string }, options?: { locale?: Locale }) => string>
> = {
	broken: m.text_problems_broken,
	control: m.text_problems_control,
	'line-break': m.text_problems_line_break,
	direction: m.text_problems_direction,
	invisible: m.text_problems_invisible
};

/** "Showing only: step-free places", for an access word read in a search. */
export const SEARCH_ACCESS: Readonly<Record<AccessFeature, Label>> = {
	'step-free': m.results_search_filter_access_step_free,
	'accessible-toilet': m.results_search_filter_access_accessible_toilet,
	'hearing-loop': m.results_search_filter_access_hearing_loop,
	'quiet-space': m.results_search_filter_access_quiet_space,
	parking: m.results_search_filter_access_parking
};

/** What each distance choice means in practice ("A short walk"), by its km. */
export const DISTANCE_HINT: Readonly<Record<(typeof DISTANCE_CHOICES)[number], Label>> = {
	1: m.questions_distance_km_hints_1,
	2: m.questions_distance_km_hints_2,
	3: m.questions_distance_km_hints_3,
	5: m.questions_distance_km_hints_5,
	10: m.questions_distance_km_hints_10
};
