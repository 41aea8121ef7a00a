/**
 * Waymark's taxonomies and their terms as ORUK publishes them (DESIGN.md §3.1): a term's id is the
 * UUID v5 of "<taxonomy>/<term>", and each taxonomy's of its name, both in Waymark's namespace.
 */
import { v5 as uuidv5 } from 'uuid';
import {
	ACCESS_FEATURES,
	ACCESS_LABELS,
	ACCESS_TAXONOMY,
	CATEGORY_IDS,
	CATEGORY_LABELS,
	CATEGORY_TAXONOMY
} from '../categories';
import { termId, WAYMARK_NAMESPACE } from '../ids';
import { childId } from './oruk-ids';

export interface OrukTaxonomyTerm {
	id: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	term: string;
}

export interface OrukTaxonomy {
	id: string;
	name: string;
	description: string;
	version: string;
	taxonomy_terms: OrukTaxonomyTerm[];
}

export interface OrukAttribute {
	id: string;
	link_id: string;
	link_type: string;
	link_entity: string;
	taxonomy_term_id: string;
	taxonomy_term: OrukTaxonomyTerm;
	value?: string;
}

export function taxonomyId(taxonomy: string): string {
	return uuidv5(taxonomy, WAYMARK_NAMESPACE);
}

const DESCRIPTIONS: Readonly<Record<string, string>> = {
	[CATEGORY_TAXONOMY]: 'What an activity offers: things to enjoy and help with',
	[ACCESS_TAXONOMY]: 'Access features of a venue'
};

export function taxonomyTerm(taxonomy: string, term: string, label: string): OrukTaxonomyTerm {
	return {
		id: termId(taxonomy, term),
		name: label,
		description: label,
		taxonomy,
		taxonomy_id: taxonomyId(taxonomy),
		term
	};
}

/** Every term of Waymark's two taxonomies, categories first, for `/taxonomy_terms`. */
export function waymarkTaxonomyTerms(): OrukTaxonomyTerm[] {
	return [
		...CATEGORY_IDS.map((id) => taxonomyTerm(CATEGORY_TAXONOMY, id, CATEGORY_LABELS[id])),
		...ACCESS_FEATURES.map((f) => taxonomyTerm(ACCESS_TAXONOMY, f, ACCESS_LABELS[f]))
	];
}

/** Waymark's taxonomies with their terms, for `/taxonomies`. */
export function waymarkTaxonomies(): OrukTaxonomy[] {
	return [CATEGORY_TAXONOMY, ACCESS_TAXONOMY].map((taxonomy) => ({
		id: taxonomyId(taxonomy),
		name: taxonomy,
		description: DESCRIPTIONS[taxonomy],
		version: '1',
		taxonomy_terms: waymarkTaxonomyTerms().filter((t) => t.taxonomy === taxonomy)
	}));
}

/** An attribute linking a service or location to a Waymark term. */
export function attribute(
	link: { id: string; type: 'service' | 'location' },
	term: OrukTaxonomyTerm,
	value?: string
): OrukAttribute {
	return {
		id: childId(link.id, 'attribute', `${term.taxonomy}/${term.term}`),
		link_id: link.id,
		link_type: link.type,
		link_entity: link.type,
		taxonomy_term_id: term.id,
		taxonomy_term: term,
		...(value ? { value } : {})
	};
}
