/**
 * Waymark's two taxonomies (DESIGN.md §3.1): the categories a person can choose, and
 * the access features a venue can offer. The ids are a public contract (ORUK
 * `attributes[].taxonomy_term.term`); the labels are the English names published with them.
 */

export const CATEGORY_TAXONOMY = 'waymark-categories';
export const ACCESS_TAXONOMY = 'waymark-access';

export const ENJOY_CATEGORIES = [
	'being-active',
	'nature-gardening',
	'arts-crafts',
	'music-singing',
	'meeting-people',
	'learning-skills',
	'volunteering'
] as const;

export const HELP_CATEGORIES = [
	'money-advice',
	'housing',
	'food',
	'work',
	'mental-wellbeing',
	'health-conditions',
	'healthy-eating',
	'memory-dementia',
	'carers',
	'bereavement',
	'families'
] as const;

export const CATEGORY_IDS = [...ENJOY_CATEGORIES, ...HELP_CATEGORIES] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type CategoryGroup = 'enjoy' | 'help';

/**
 * The categories' names as Waymark's published taxonomy gives them (the Open Referral export's
 * taxonomy terms, the staff CSV, the words the search indexes for a category): a contract with
 * other systems, in English. What a patient reads for a category, in each language, is in the
 * message files (`$lib/i18n/labels` CATEGORY): the question's own words ("Losing someone"),
 * not the taxonomy's ("Bereavement").
 */
export const CATEGORY_LABELS: Readonly<Record<CategoryId, string>> = Object.freeze({
	'being-active': 'Being active',
	'nature-gardening': 'Nature and gardening',
	'arts-crafts': 'Arts and crafts',
	'music-singing': 'Music and singing',
	'meeting-people': 'Meeting people',
	'learning-skills': 'Learning new skills',
	volunteering: 'Volunteering',
	'money-advice': 'Money, debt and benefits advice',
	housing: 'Housing',
	food: 'Food',
	work: 'Work',
	'mental-wellbeing': 'Mental wellbeing',
	'health-conditions': 'Living with a health condition',
	'healthy-eating': 'Healthy eating and weight',
	'memory-dementia': 'Memory and dementia',
	carers: 'Support for carers',
	bereavement: 'Bereavement',
	families: 'Families and children'
});

export function categoryGroup(id: CategoryId): CategoryGroup {
	return (ENJOY_CATEGORIES as readonly string[]).includes(id) ? 'enjoy' : 'help';
}

export function isCategoryId(value: unknown): value is CategoryId {
	return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

export const ACCESS_FEATURES = [
	'step-free',
	'accessible-toilet',
	'hearing-loop',
	'quiet-space',
	'parking'
] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const ACCESS_LABELS: Readonly<Record<AccessFeature, string>> = Object.freeze({
	'step-free': 'Step-free access',
	'accessible-toilet': 'Accessible toilet',
	'hearing-loop': 'Hearing loop',
	'quiet-space': 'Quiet space',
	parking: 'Parking'
});

export function isAccessFeature(value: unknown): value is AccessFeature {
	return typeof value === 'string' && (ACCESS_FEATURES as readonly string[]).includes(value);
}
