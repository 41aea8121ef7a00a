/**
 * Taxonomy terms attached to a service or a location (`attributes[].taxonomy_term`). Waymark's own
 * terms are recognised by taxonomy and term, never by id (DESIGN.md §3.1), so a feed that copied
 * them with other ids is still understood.
 */
import { ACCESS_TAXONOMY, CATEGORY_TAXONOMY, isAccessFeature } from '../categories';
import type { AccessInfo } from '../model';
import { oneLine } from './plain-text';
import { isObject, objects, str } from './types';

export interface TermRef {
	taxonomy: string;
	term: string;
	name: string;
	/** HSDS 3.0 `attribute.value`; Waymark publishes "no" for a feature a venue lacks. */
	value?: string;
}

export function termsOf(attributes: unknown): TermRef[] {
	const terms: TermRef[] = [];
	for (const attribute of objects(attributes)) {
		const t = attribute.taxonomy_term;
		if (!isObject(t)) continue;
		const detail = isObject(t.taxonomy_detail) ? str(t.taxonomy_detail.name) : undefined;
		const taxonomy = str(t.taxonomy) ?? detail ?? str(t.vocabulary) ?? '';
		const name = oneLine(str(t.name) ?? str(t.term) ?? '');
		const term = str(t.term) ?? str(t.code) ?? name;
		if (!term && !name) continue;
		const value = str(attribute.value);
		terms.push({ taxonomy, term, name: name || term, ...(value ? { value } : {}) });
	}
	return terms;
}

const isTaxonomy = (term: TermRef, taxonomy: string) =>
	term.taxonomy.trim().toLowerCase() === taxonomy;

export const categoryTerms = (terms: TermRef[]) =>
	terms.filter((t) => isTaxonomy(t, CATEGORY_TAXONOMY)).map((t) => t.term.trim().toLowerCase());

export const otherTerms = (terms: TermRef[]) =>
	terms.filter((t) => !isTaxonomy(t, CATEGORY_TAXONOMY) && !isTaxonomy(t, ACCESS_TAXONOMY));

/** Access features from `waymark-access` terms; undefined when there are none. */
export function accessFromTerms(terms: TermRef[]): AccessInfo | undefined {
	const access: AccessInfo = {};
	let found = false;
	for (const t of terms) {
		const feature = t.term.trim().toLowerCase();
		if (!isTaxonomy(t, ACCESS_TAXONOMY) || !isAccessFeature(feature)) continue;
		access[feature] = !/^(no|false|0|n)$/i.test(t.value ?? '');
		found = true;
	}
	return found ? access : undefined;
}
