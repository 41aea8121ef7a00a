/**
 * Waymark → ORUK v3: one activity as a fully nested service (`GET /services/{id}`), valid against
 * the UK profile's compiled service schema, with the HSDS 3.0 superset where the profile is thin
 * and Waymark's own fields as `wm_` properties (DESIGN.md §3.1), marked as Waymark's own by
 * `wm_schema`. `read-v3.ts` reads it back to the same Activity.
 */
import { audienceInWords } from '../audience';
import { CATEGORY_LABELS, CATEGORY_TAXONOMY } from '../categories';
import type { Activity, Organisation } from '../model';
import { costSentence } from './cost-sentence';
import { languageName } from './languages';
import { childId, importedId } from './oruk-ids';
import { costOptionsOf, schedulesOf, serviceAtLocationsOf } from './write-parts';
import { WAYMARK_SCHEMA } from './waymark-schema';
import { attribute, taxonomyTerm } from './write-terms';

export type OrukService = { id: string; name: string; status: string } & Record<string, unknown>;

const phones = (ownerId: string, phone: string | undefined) =>
	phone ? { phones: [{ id: childId(ownerId, 'phone', 0), number: phone }] } : {};

export function organisationToOruk(organisation: Organisation): Record<string, unknown> {
	const id = importedId(organisation.source, 'organization', organisation.id);
	return {
		id,
		name: organisation.name,
		description: organisation.description,
		...(organisation.email ? { email: organisation.email } : {}),
		...(organisation.website ? { website: organisation.website } : {}),
		...phones(id, organisation.phone),
		wm_source: organisation.source,
		wm_source_id: organisation.sourceId,
		wm_demo: organisation.demo
	};
}

/** The UK profile's `fees` is free text for readers that take nothing else: the whole story. */
function fees(activity: Activity): Record<string, string> {
	const sentence = costSentence(activity.cost);
	const note = activity.cost.note;
	const text = [sentence, note].filter(Boolean).join('. ');
	return { ...(text ? { fees: text } : {}), ...(note ? { fees_description: note } : {}) };
}

/** The group's own words, else the audience in words, for readers that take nothing else. */
function eligibility(activity: Activity): Record<string, string> {
	const words = activity.eligibility ?? audienceInWords(activity.audience);
	return words ? { eligibility_description: words } : {};
}

export function serviceToOruk(activity: Activity, organisation: Organisation): OrukService {
	const id = activity.id;
	const { contact } = activity;
	const categories = activity.categories.map((category) =>
		attribute(
			{ id, type: 'service' },
			taxonomyTerm(CATEGORY_TAXONOMY, category, CATEGORY_LABELS[category])
		)
	);
	const contacts = contact.name
		? [
				{
					id: childId(id, 'contact', 0),
					service_id: id,
					name: contact.name,
					...(contact.email ? { email: contact.email } : {}),
					...phones(childId(id, 'contact', 0), contact.phone)
				}
			]
		: [];
	const org = organisationToOruk(organisation);
	return {
		id,
		organization_id: org.id,
		name: activity.name,
		description: activity.description,
		...(contact.website ? { url: contact.website } : {}),
		...(contact.email ? { email: contact.email } : {}),
		status: activity.status,
		...fees(activity),
		...(activity.minAge !== undefined ? { minimum_age: activity.minAge } : {}),
		...(activity.maxAge !== undefined ? { maximum_age: activity.maxAge } : {}),
		...eligibility(activity),
		...(activity.lastReviewed ? { assured_date: activity.lastReviewed } : {}),
		...phones(id, contact.phone),
		schedules: schedulesOf(activity),
		service_areas: [],
		service_at_locations: serviceAtLocationsOf(activity),
		languages: activity.languages.map((code) => ({
			id: childId(id, 'language', code),
			service_id: id,
			code,
			name: languageName(code)
		})),
		organization: org,
		funding: [],
		cost_options: costOptionsOf(id, activity.cost),
		contacts,
		attributes: categories,
		wm_schema: WAYMARK_SCHEMA,
		wm_summary: activity.summary,
		wm_keywords: activity.keywords,
		wm_capacity: activity.capacity,
		wm_how_to_join: activity.howToJoin,
		wm_audience: activity.audience,
		wm_source: activity.source,
		wm_source_id: activity.sourceId,
		wm_demo: activity.demo
	};
}
