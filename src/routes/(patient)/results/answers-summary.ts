/**
 * The person's answers in one line above their results ("Meeting people, Losing someone ·
 * within 3 km of NE4 6SH · free · weekends"), so they can see at a glance what the list is
 * for and change it.
 */
import { categoryLabel, distance, type TextOptions } from '$lib/format/results';
import { isolate } from '$lib/i18n/bidi';
import { TUNING } from '$lib/matching';
import { TIME_OPTION } from '$lib/i18n/labels';
import * as m from '$lib/paraglide/messages';
import type { Answers } from '$lib/questionnaire';

const MAX_INTERESTS = 2;

export function placeName(answers: Answers): string {
	const place = answers.place;
	if (!place) return '';
	switch (place.kind) {
		case 'postcode':
			return place.postcode;
		case 'neighbourhood':
			return place.name;
		case 'device':
			return m.questions_where_your_location();
		case 'shared':
			return m.questions_where_a_place();
	}
}

export function answersSummary(answers: Answers, options: TextOptions): string[] {
	const parts: string[] = [];
	const labels = answers.categories.map((c) => categoryLabel(c, options));
	const text = answers.text?.trim();
	if (labels.length > MAX_INTERESTS) {
		const first = labels.slice(0, MAX_INTERESTS).join(', ');
		parts.push(m.results_summary_more({ first, n: labels.length - MAX_INTERESTS }));
	} else if (labels.length > 0) {
		parts.push(labels.join(', '));
	} else if (text) {
		parts.push(`“${text}”`);
	} else {
		parts.push(m.results_summary_any_interest());
	}
	if (answers.online === 'only') {
		parts.push(m.results_summary_online());
	} else if (answers.place) {
		const km = answers.distanceKm ?? TUNING.DEFAULT_MAX_DISTANCE_KM;
		parts.push(
			m.results_summary_place({
				distance: distance(km, options),
				place: isolate(placeName(answers))
			})
		);
	}
	if (answers.cost === 'free') parts.push(m.results_summary_free());
	if (answers.cost === 'low') parts.push(m.results_summary_low());
	const times = answers.times.map((t) => TIME_OPTION[t]().toLowerCase());
	if (answers.customTimes !== null) times.push(m.questions_times_chosen_times());
	if (times.length > 0) parts.push(times.join(', '));
	return parts;
}
