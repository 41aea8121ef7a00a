/**
 * One profile, read once per ranking: its rules, the moment, the person's free times as a
 * slot mask, how much each category is wanted (chosen or read from their words), who they
 * said they are, and the word matches against the directory.
 */
import { CATEGORY_IDS, type CategoryId } from '../directory/categories';
import { WEEKDAYS } from '../directory/model';
import { textWords } from '../directory/vocabulary';
import { personAudience, type PersonAudience } from './audience';
import { toLocalMoment, type LocalMoment } from './london-time';
import { personAudiences } from './person-reading';
import type { NeedsProfile } from './profile';
import { ruleSetFor, type RuleSet } from './rules';
import { slotBit } from './schedule';
import { AUDIENCE_SELF_WORDS } from './search-words';
import { matchText, type TextIndex, type TextMatch } from './text-index';
import { TUNING } from './tuning';
import { categoriesFromWords } from './vocabulary';
import { meaningfulWords } from './words';

export interface CategoryWant {
	category: CategoryId;
	weight: number;
	/** Where the want came from: the person's choice, or a word of theirs. */
	word: string | null;
}

export interface Query {
	profile: NeedsProfile;
	rules: RuleSet;
	now: LocalMoment;
	/** Slots the person is free; 0 = any time. */
	availability: number;
	/** Per CATEGORY_IDS index; null when there is no want. */
	wants: (CategoryWant | null)[];
	wantCount: number;
	/** The person chose a category or gave words of their own; if not, everything fits. */
	hasInterests: boolean;
	text: TextMatch;
	/** Languages asked for besides English. */
	languages: string[];
}

export function readQuery(profile: NeedsProfile, index: TextIndex, now: Date): Query {
	const wants: (CategoryWant | null)[] = CATEGORY_IDS.map(() => null);
	profile.categories.forEach((category, order) => {
		const weights = TUNING.CHOICE_WEIGHTS;
		const weight = weights[Math.min(order, weights.length - 1)];
		wants[CATEGORY_IDS.indexOf(category)] = { category, weight, word: null };
	});
	for (const hit of categoriesFromWords(profile.text ?? '')) {
		const at = CATEGORY_IDS.indexOf(hit.category);
		const weight = TUNING.INFERRED_CATEGORY_WEIGHT * hit.quality;
		if (!wants[at] || wants[at].weight < weight) {
			wants[at] = { category: hit.category, weight, word: hit.word };
		}
	}
	let availability = 0;
	for (const { day, part } of profile.availability ?? []) {
		availability |= slotBit(WEEKDAYS.indexOf(day), part);
	}
	const wantCount = wants.filter(Boolean).length;
	return {
		profile,
		rules: ruleSetFor(profile, readPerson(profile, wants)),
		now: toLocalMoment(now),
		availability,
		wants,
		wantCount,
		hasInterests: wantCount > 0 || meaningfulWords(profile.text ?? '').length > 0,
		text: matchText(index, profile.text),
		languages: (profile.languages ?? []).filter((code) => code !== 'en')
	};
}

function readPerson(profile: NeedsProfile, wants: (CategoryWant | null)[]): PersonAudience {
	const words = new Set(textWords(profile.text ?? ''));
	const said = personAudiences(profile.text ?? '');
	return personAudience(profile, {
		wants: (category) => wants[CATEGORY_IDS.indexOf(category)] !== null,
		says: (audience) =>
			said.has(audience) || (AUDIENCE_SELF_WORDS[audience] ?? []).some((word) => words.has(word))
	});
}
