/**
 * Problem codes (`$lib/text/problem`) in words, in the reader's language: the API answers in the
 * request's own language, forms in the page's, the import report and the CLIs in English. Every
 * key a validator may give is listed here, so only the messages of problems are bundled where
 * this is used (the server, the CLIs), never the page's.
 */
import * as m from '../paraglide/messages';
import { getLocale, type Locale } from '../paraglide/runtime';
import { readProblem } from '../text/problem';

// Messages take different inputs; a code carries exactly those its message needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProblemMessage = (inputs: any, options?: { locale?: Locale }) => string;

/** Generated from the message files' problem keys; `problems.spec.ts` checks it is complete. */
export const PROBLEM_MESSAGES: Readonly<Record<string, ProblemMessage>> = {
	directory_error_age_cannot_above_120: m.directory_error_age_cannot_above_120,
	directory_error_age_cannot_below_0: m.directory_error_age_cannot_below_0,
	directory_error_choose_at_least_one_day: m.directory_error_choose_at_least_one_day,
	directory_error_choose_category_from_list: m.directory_error_choose_category_from_list,
	directory_error_choose_day_week: m.directory_error_choose_day_week,
	directory_error_choose_first_second_third_fourth_last:
		m.directory_error_choose_first_second_third_fourth_last,
	directory_error_choose_free_donation_paid_not_known:
		m.directory_error_choose_free_donation_paid_not_known,
	directory_error_choose_how_people_join: m.directory_error_choose_how_people_join,
	directory_error_choose_open_waiting_list_full: m.directory_error_choose_open_waiting_list_full,
	directory_error_choose_per_session_week_month_course:
		m.directory_error_choose_per_session_week_month_course,
	directory_error_choose_status: m.directory_error_choose_status,
	directory_error_choose_weekly_fortnightly_monthly_once:
		m.directory_error_choose_weekly_fortnightly_monthly_once,
	directory_error_choose_which_week_month: m.directory_error_choose_which_week_month,
	directory_error_choose_who_it_from_list: m.directory_error_choose_who_it_from_list,
	directory_error_cost_more_than_0: m.directory_error_cost_more_than_0,
	directory_error_each_category_can_chosen_once: m.directory_error_each_category_can_chosen_once,
	directory_error_each_group_can_chosen_once: m.directory_error_each_group_can_chosen_once,
	directory_error_end_time_must_after_start_time: m.directory_error_end_time_must_after_start_time,
	directory_error_enter_age_years: m.directory_error_enter_age_years,
	directory_error_enter_cost_1_000_less: m.directory_error_enter_cost_1_000_less,
	directory_error_enter_cost_pounds_3_50: m.directory_error_enter_cost_pounds_3_50,
	directory_error_enter_date_2026_11_23: m.directory_error_enter_date_2026_11_23,
	directory_error_enter_date_one_session_so_we: m.directory_error_enter_date_one_session_so_we,
	directory_error_enter_date_session: m.directory_error_enter_date_session,
	directory_error_enter_email_address_name_example_org:
		m.directory_error_enter_email_address_name_example_org,
	directory_error_enter_end_time_12_00: m.directory_error_enter_end_time_12_00,
	directory_error_enter_first_line_address: m.directory_error_enter_first_line_address,
	directory_error_enter_full_uk_postcode_ne4_6sh: m.directory_error_enter_full_uk_postcode_ne4_6sh,
	directory_error_enter_full_web_address_starting_with:
		m.directory_error_enter_full_web_address_starting_with,
	directory_error_enter_latitude: m.directory_error_enter_latitude,
	directory_error_enter_longitude: m.directory_error_enter_longitude,
	directory_error_enter_name_activity: m.directory_error_enter_name_activity,
	directory_error_enter_name_group: m.directory_error_enter_name_group,
	directory_error_enter_name_venue: m.directory_error_enter_name_venue,
	directory_error_enter_postcode: m.directory_error_enter_postcode,
	directory_error_enter_start_time_10_00: m.directory_error_enter_start_time_10_00,
	directory_error_enter_town_city: m.directory_error_enter_town_city,
	directory_error_enter_uk_phone_number_0191_496: m.directory_error_enter_uk_phone_number_0191_496,
	directory_error_enter_whole_number_years: m.directory_error_enter_whole_number_years,
	directory_error_give_one_line_summary_activity: m.directory_error_give_one_line_summary_activity,
	directory_error_id_needed: m.directory_error_id_needed,
	directory_error_last_date_must_on_after_first: m.directory_error_last_date_must_on_after_first,
	directory_error_list_20_venues_fewer: m.directory_error_list_20_venues_fewer,
	directory_error_list_50_sessions_fewer: m.directory_error_list_50_sessions_fewer,
	directory_error_max_length: m.directory_error_max_length,
	directory_error_missing: m.directory_error_missing,
	directory_error_oldest_age_must_same_above_youngest:
		m.directory_error_oldest_age_must_same_above_youngest,
	directory_error_source_id_needed: m.directory_error_source_id_needed,
	directory_error_source_needed: m.directory_error_source_needed,
	directory_error_unknown_access_feature: m.directory_error_unknown_access_feature,
	directory_error_use_two_letter_language_code_en:
		m.directory_error_use_two_letter_language_code_en,
	directory_error_venue_must_uk: m.directory_error_venue_must_uk,
	directory_error_wrong_kind: m.directory_error_wrong_kind,
	directory_field_access_notes: m.directory_field_access_notes,
	directory_field_address: m.directory_field_address,
	directory_field_concessions: m.directory_field_concessions,
	directory_field_contact_name: m.directory_field_contact_name,
	directory_field_description: m.directory_field_description,
	directory_field_email_address: m.directory_field_email_address,
	directory_field_id: m.directory_field_id,
	directory_field_keywords: m.directory_field_keywords,
	directory_field_name_of_the_activity: m.directory_field_name_of_the_activity,
	directory_field_name_of_the_group: m.directory_field_name_of_the_group,
	directory_field_name_of_the_venue: m.directory_field_name_of_the_venue,
	directory_field_note_on_cost: m.directory_field_note_on_cost,
	directory_field_note_on_when_it_runs: m.directory_field_note_on_when_it_runs,
	directory_field_phone_number: m.directory_field_phone_number,
	directory_field_source: m.directory_field_source,
	directory_field_source_id: m.directory_field_source_id,
	directory_field_summary: m.directory_field_summary,
	directory_field_town: m.directory_field_town,
	directory_field_web_address: m.directory_field_web_address,
	directory_field_who_it_is_for: m.directory_field_who_it_is_for,
	profile_error_age_cannot_above_120: m.profile_error_age_cannot_above_120,
	profile_error_age_cannot_below_0: m.profile_error_age_cannot_below_0,
	profile_error_choose_access_needs_from_list: m.profile_error_choose_access_needs_from_list,
	profile_error_choose_categories_from_list: m.profile_error_choose_categories_from_list,
	profile_error_choose_day_mon_tue_wed_thu: m.profile_error_choose_day_mon_tue_wed_thu,
	profile_error_choose_free_low_any_cost: m.profile_error_choose_free_low_any_cost,
	profile_error_choose_include_only_exclude_online:
		m.profile_error_choose_include_only_exclude_online,
	profile_error_choose_part_day_morning_afternoon_evening:
		m.profile_error_choose_part_day_morning_afternoon_evening,
	profile_error_choose_women_men_none_singlesexgroups:
		m.profile_error_choose_women_men_none_singlesexgroups,
	profile_error_distance_must_500_km_less: m.profile_error_distance_must_500_km_less,
	profile_error_distance_must_more_than_0_km: m.profile_error_distance_must_more_than_0_km,
	profile_error_each_access_need_can_given_once: m.profile_error_each_access_need_can_given_once,
	profile_error_each_category_can_chosen_once: m.profile_error_each_category_can_chosen_once,
	profile_error_give_access_needs_list: m.profile_error_give_access_needs_list,
	profile_error_give_age_years: m.profile_error_give_age_years,
	profile_error_give_categories_list: m.profile_error_give_categories_list,
	profile_error_give_distance_kilometres: m.profile_error_give_distance_kilometres,
	profile_error_give_free_times_list_day_part: m.profile_error_give_free_times_list_day_part,
	profile_error_give_languages_list: m.profile_error_give_languages_list,
	profile_error_give_languages_two_letter_codes_ar:
		m.profile_error_give_languages_two_letter_codes_ar,
	profile_error_give_latitude_number: m.profile_error_give_latitude_number,
	profile_error_give_longitude_number: m.profile_error_give_longitude_number,
	profile_error_give_starting_point_lat_lng: m.profile_error_give_starting_point_lat_lng,
	profile_error_give_your_own_words_text: m.profile_error_give_your_own_words_text,
	profile_error_latitude_between_90_90: m.profile_error_latitude_between_90_90,
	profile_error_longitude_between_180_180: m.profile_error_longitude_between_180_180,
	profile_error_profile_must_json_object: m.profile_error_profile_must_json_object,
	profile_error_say_true_false_carer: m.profile_error_say_true_false_carer,
	profile_error_say_true_false_youngchildren: m.profile_error_say_true_false_youngchildren,
	profile_error_use_500_characters_fewer: m.profile_error_use_500_characters_fewer,
	profile_field_own_words: m.profile_field_own_words,
	request_error_area: m.request_error_area,
	request_error_best_times: m.request_error_best_times,
	request_error_consent: m.request_error_consent,
	request_error_email: m.request_error_email,
	request_error_language: m.request_error_language,
	request_error_method: m.request_error_method,
	request_error_mobile: m.request_error_mobile,
	request_error_name: m.request_error_name,
	request_error_name_long: m.request_error_name_long,
	request_error_needs: m.request_error_needs,
	request_error_not_object: m.request_error_not_object,
	request_error_phone: m.request_error_phone,
	request_error_practice: m.request_error_practice,
	request_error_profile: m.request_error_profile,
	request_error_source: m.request_error_source,
	request_field_area: m.request_field_area,
	request_field_best_times: m.request_field_best_times,
	request_field_email: m.request_field_email,
	request_field_name: m.request_field_name,
	request_field_needs: m.request_field_needs,
	request_field_phone: m.request_field_phone,
	request_field_practice: m.request_field_practice,
	text_problems_broken: m.text_problems_broken,
	text_problems_control: m.text_problems_control,
	text_problems_direction: m.text_problems_direction,
	text_problems_invisible: m.text_problems_invisible,
	text_problems_line_break: m.text_problems_line_break as ProblemMessage
};

/** One problem in words; a code it does not know is shown as given, never hidden. */
export function problemText(code: string, locale: Locale = getLocale()): string {
	const { key, params } = readProblem(code);
	const message = PROBLEM_MESSAGES[key];
	if (!message) return code;
	const inputs: Record<string, string> = {};
	for (const [name, value] of Object.entries(params)) {
		inputs[name] = PROBLEM_MESSAGES[value] ? PROBLEM_MESSAGES[value]({}, { locale }) : value;
	}
	return message(inputs, { locale });
}

/** Every field's problem in words, keeping the paths. */
export function problemsText(
	errors: Readonly<Record<string, string>>,
	locale: Locale = getLocale()
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(errors).map(([path, code]) => [path, problemText(code, locale)])
	);
}
