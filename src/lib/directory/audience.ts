/**
 * Who an activity is for (DESIGN.md §3.2a). An empty list means everyone. The terms are a
 * public contract (published as `wm_audience`); the English names below are what Waymark
 * writes to HSDS `eligibility_description` when a listing gives no words of its own.
 *
 * A sex term (`women`, `men`) narrows a listing: "Women aged 50 and over" is for women, and
 * of them, those over 50. Every other term widens the group it belongs to: "People with
 * dementia and their carers" is for either, and "Older people, or families with children under
 * 5" for either. Reading eligibility lists as "any of these" means a listing never shuts out
 * someone it names; a wrong "and" would.
 */

export const AUDIENCES = [
	'women',
	'men',
	'older-people',
	'young-people',
	'parents-young-children',
	'carers',
	'young-carers',
	'condition',
	'learning-english',
	'bereaved',
	'lgbtq',
	'community'
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Terms that narrow (all that apply must be met); every other term widens (any one is enough). */
export const SEX_AUDIENCES = ['women', 'men'] as const satisfies readonly Audience[];

export function isSexAudience(term: Audience): boolean {
	return (SEX_AUDIENCES as readonly string[]).includes(term);
}

/** The published English names (HSDS `eligibility_description` when none is given). */
export const AUDIENCE_NAMES: Readonly<Record<Audience, string>> = Object.freeze({
	women: 'Women',
	men: 'Men',
	'older-people': 'Older people',
	'young-people': 'Young people',
	'parents-young-children': 'Parents and carers with babies or young children',
	carers: 'Unpaid carers',
	'young-carers': 'Young carers',
	condition: 'People living with a health condition',
	'learning-english': 'People learning English',
	bereaved: 'People who have been bereaved',
	lgbtq: 'LGBTQ+ people',
	community: 'A particular community'
});

/**
 * Ages that make a person clearly inside or outside an age-based audience, when the
 * listing gives no ages of its own (its own `minAge`/`maxAge` are a separate hard rule).
 */
export const AUDIENCE_AGES = Object.freeze({
	/** Older people's groups are commonly for 50 and over (Age UK's threshold). */
	olderFrom: 50,
	/** Youth provision commonly runs to 25 (to 19, or 25 with special educational needs). */
	youngTo: 25,
	adultFrom: 18
});

/** The terms in the published English words: what `eligibility_description` says when a listing does not. */
export function audienceInWords(terms: readonly Audience[]): string {
	return terms.map((term) => AUDIENCE_NAMES[term]).join('; ');
}

export function isAudience(value: unknown): value is Audience {
	return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

/** Terms in the contract's order, each once: how a listing's audience is stored and compared. */
export function normaliseAudience(terms: readonly Audience[]): Audience[] {
	return AUDIENCES.filter((term) => terms.includes(term));
}
