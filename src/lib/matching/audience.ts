/**
 * Whether a person is inside, maybe inside, or clearly outside who an activity is for
 * (DESIGN.md §3.2a). The person's side is worked out once per ranking from what they chose to
 * say; the activity's side is a pair of bit masks made once per directory. Clearly outside is
 * a hard rule, like age; "maybe" (a narrower group the person did not say they belong to)
 * passes and sinks a little, and the card names the group.
 */
import { AUDIENCE_AGES, AUDIENCES, isSexAudience, type Audience } from '../directory/audience';
import type { CategoryId } from '../directory/categories';
import type { NeedsProfile } from './profile';

export const AUDIENCE_IN = 0;
export const AUDIENCE_MAYBE = 1;
export const AUDIENCE_OUT = 2;
export type AudienceStatus = typeof AUDIENCE_IN | typeof AUDIENCE_MAYBE | typeof AUDIENCE_OUT;

const BIT = Object.fromEntries(AUDIENCES.map((term, i) => [term, 1 << i])) as Record<
	Audience,
	number
>;
const WOMEN_AND_MEN = BIT.women | BIT.men;

export interface PreparedAudience {
	/** Terms that narrow (women, men): each must be met. 0 when none, or when both. */
	sex: number;
	/** Every other term: any one is enough. */
	groups: number;
	/** Languages it runs in besides English: a person who speaks one is of its community. */
	languages: readonly string[];
}

export function prepareAudience(
	terms: readonly Audience[],
	languages: readonly string[]
): PreparedAudience {
	let sex = 0;
	let groups = 0;
	for (const term of terms) {
		if (isSexAudience(term)) sex |= BIT[term];
		else groups |= BIT[term];
	}
	// For women and men alike is for everyone.
	if (sex === WOMEN_AND_MEN) sex = 0;
	return { sex, groups, languages: languages.filter((code) => code !== 'en') };
}

/** The person's status for every term, as two masks: inside, and clearly outside. */
export interface PersonAudience {
	inside: number;
	outside: number;
	/** Languages they speak besides English. */
	languages: readonly string[];
}

/** What the person wants besides the profile's own fields: their categories, read or chosen. */
export interface AudienceHints {
	wants: (category: CategoryId) => boolean;
	/** Words of theirs that name a group ("lgbt", "esol"). */
	says: (audience: Audience) => boolean;
}

export function personAudience(profile: NeedsProfile, hints: AudienceHints): PersonAudience {
	let inside = 0;
	let outside = 0;
	const mark = (term: Audience, status: AudienceStatus | null) => {
		if (status === AUDIENCE_IN) inside |= BIT[term];
		else if (status === AUDIENCE_OUT) outside |= BIT[term];
	};
	// Asked for in their own words ("a men's group"), or chosen on the "About you" question.
	const sex = profile.singleSexGroups;
	for (const term of ['women', 'men'] as const) {
		const chosen = sex === undefined ? null : sex === term ? AUDIENCE_IN : AUDIENCE_OUT;
		mark(term, chosen ?? (hints.says(term) ? AUDIENCE_IN : null));
	}

	const age = profile.age;
	const known = age !== undefined;
	mark(
		'older-people',
		known ? (age >= AUDIENCE_AGES.olderFrom ? AUDIENCE_IN : AUDIENCE_OUT) : null
	);
	mark('young-people', known ? (age <= AUDIENCE_AGES.youngTo ? AUDIENCE_IN : AUDIENCE_OUT) : null);
	// Not said, but asking for family life or naming a toddler: a parent, like a carer who asks
	// for carers' support.
	const mayHaveYoung = hints.wants('families') || hints.says('parents-young-children');
	mark(
		'parents-young-children',
		profile.youngChildren === false
			? AUDIENCE_OUT
			: profile.youngChildren === true || mayHaveYoung
				? AUDIENCE_IN
				: null
	);
	// Carers' groups are for adults; a young carer may go, but has groups of their own.
	const isCarer = profile.carer === true || hints.wants('carers') || hints.says('carers');
	const isChild = known && age < AUDIENCE_AGES.adultFrom;
	mark('carers', isCarer && !isChild ? AUDIENCE_IN : profile.carer === false ? AUDIENCE_OUT : null);
	const isYoung = known && age <= AUDIENCE_AGES.youngTo;
	mark(
		'young-carers',
		profile.carer === false || (known && !isYoung)
			? AUDIENCE_OUT
			: isCarer && isYoung
				? AUDIENCE_IN
				: null
	);

	const hasCondition = hints.wants('health-conditions') || hints.wants('memory-dementia');
	mark('condition', hasCondition ? AUDIENCE_IN : null);
	mark('bereaved', hints.wants('bereavement') || hints.says('bereaved') ? AUDIENCE_IN : null);
	const languages = (profile.languages ?? []).filter((code) => code !== 'en');
	mark(
		'learning-english',
		languages.length > 0 || hints.says('learning-english') ? AUDIENCE_IN : null
	);
	mark('lgbtq', hints.says('lgbtq') ? AUDIENCE_IN : null);
	return { inside, outside, languages };
}

/** Every narrowing term met, and one of the widening terms (when there are any). */
export function audienceStatus(activity: PreparedAudience, person: PersonAudience): AudienceStatus {
	if (activity.sex === 0 && activity.groups === 0) return AUDIENCE_IN;
	if (activity.sex & person.outside) return AUDIENCE_OUT;
	if (activity.groups !== 0 && (activity.groups & ~person.outside) === 0) return AUDIENCE_OUT;
	let inside = person.inside;
	if (activity.groups & BIT.community && speaksAny(person.languages, activity.languages)) {
		inside |= BIT.community;
	}
	const sexMet = (activity.sex & inside) === activity.sex;
	const groupMet = activity.groups === 0 || (activity.groups & inside) !== 0;
	return sexMet && groupMet ? AUDIENCE_IN : AUDIENCE_MAYBE;
}

function speaksAny(person: readonly string[], activity: readonly string[]): boolean {
	for (const code of person) if (activity.includes(code)) return true;
	return false;
}
