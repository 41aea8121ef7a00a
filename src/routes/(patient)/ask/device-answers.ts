/**
 * What the device already knows, to save the person typing it again: their answers as a few
 * words, the profile they may choose to share, their postcode district and their practice.
 */
import type { NeedsProfile } from '$lib/matching';
import { CATEGORY } from '$lib/i18n/labels';
import * as m from '$lib/paraglide/messages';
import { readAnswers, readPractice } from '$lib/client/answers-store';
import { database } from '$lib/client/db';
import { toProfile } from '$lib/questionnaire';

export interface DeviceAnswers {
	needs: string;
	profile: NeedsProfile | null;
	area: string | null;
	practice: string | null;
}

export async function readDeviceAnswers(): Promise<DeviceAnswers> {
	const db = database();
	const [answers, practice] = await Promise.all([readAnswers(db), readPractice(db)]);
	const lines = [];
	if (answers.categories.length > 0) {
		const categories = answers.categories.map((c) => CATEGORY[c]()).join(', ');
		lines.push(m.request_prefill_interests({ categories }));
	}
	if (answers.text?.trim()) lines.push(m.request_prefill_words({ text: answers.text.trim() }));
	const hasAnswers = lines.length > 0;
	return {
		needs: lines.join('\n'),
		profile: hasAnswers ? shareable(toProfile(answers)) : null,
		area: answers.place?.kind === 'postcode' ? answers.place.district : null,
		practice
	};
}

/** The starting point leaves the phone only rounded to about a kilometre. */
function shareable(profile: NeedsProfile): NeedsProfile {
	if (!profile.origin) return profile;
	const round = (n: number) => Math.round(n * 100) / 100;
	return { ...profile, origin: { lat: round(profile.origin.lat), lng: round(profile.origin.lng) } };
}
