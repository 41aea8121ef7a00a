/**
 * The person's answers in one line above their results ("Meeting people, Losing someone ·
 * within 3 km of NE4 6SH · free · weekends"), so they can see at a glance what the list is
 * for and change it.
 */
import { categoryLabel, distance, type TextOptions } from '$lib/format/results';
import { TUNING } from '$lib/matching';
import { format, m } from '$lib/messages';
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
			return m.questions.where.yourLocation;
		case 'shared':
			return m.questions.where.aPlace;
	}
}

export function answersSummary(answers: Answers, options: TextOptions): string[] {
	const r = m.results;
	const parts: string[] = [];
	const labels = answers.categories.map(categoryLabel);
	const text = answers.text?.trim();
	if (labels.length > MAX_INTERESTS) {
		const first = labels.slice(0, MAX_INTERESTS).join(', ');
		parts.push(format(r.summaryMore, { first, n: labels.length - MAX_INTERESTS }));
	} else if (labels.length > 0) {
		parts.push(labels.join(', '));
	} else if (text) {
		parts.push(`“${text}”`);
	} else {
		parts.push(r.summaryAnyInterest);
	}
	if (answers.online === 'only') {
		parts.push(r.summaryOnline);
	} else if (answers.place) {
		const km = answers.distanceKm ?? TUNING.DEFAULT_MAX_DISTANCE_KM;
		parts.push(
			`${format(r.summaryWithin, { distance: distance(km, options) })} ${format(r.summaryNear, {
				place: placeName(answers)
			})}`
		);
	}
	if (answers.cost === 'free') parts.push(r.summaryFree);
	if (answers.cost === 'low') parts.push(r.summaryLow);
	const times = answers.times.map((t) => m.questions.times.options[t].toLowerCase());
	if (answers.customTimes !== null) times.push(m.questions.times.chosenTimes);
	if (times.length > 0) parts.push(times.join(', '));
	return parts;
}
