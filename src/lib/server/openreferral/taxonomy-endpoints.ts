/** `/openreferral/taxonomies` and `/openreferral/taxonomy_terms`: Waymark's two vocabularies. */
import { waymarkTaxonomies, waymarkTaxonomyTerms } from '../../directory/oruk/write-terms';
import * as m from '$lib/paraglide/messages';
import { pageOf } from './paging';
import { pagingOf } from './query';
import { answer, errorResponse, jsonResponse } from './responses';

// They change only with the code, so they are made once.
const TAXONOMIES = waymarkTaxonomies();
const TERMS = waymarkTaxonomyTerms();

export function taxonomiesList(url: URL): Promise<Response> {
	return answer(() => {
		const { page, perPage } = pagingOf(url.searchParams);
		return jsonResponse(pageOf(TAXONOMIES, page, perPage));
	});
}

export function taxonomyDetail(id: string): Promise<Response> {
	return answer(() => {
		const taxonomy = TAXONOMIES.find((t) => t.id === id.toLowerCase());
		return taxonomy
			? jsonResponse(taxonomy)
			: errorResponse(404, m.oruk_not_found({ what: 'taxonomy' }));
	});
}

/** Terms, optionally of one taxonomy (`taxonomy_id`: its id or its name). */
export function taxonomyTermsList(url: URL): Promise<Response> {
	return answer(() => {
		const { page, perPage } = pagingOf(url.searchParams);
		const taxonomy = url.searchParams.get('taxonomy_id')?.trim();
		const terms = taxonomy
			? TERMS.filter((t) => t.taxonomy_id === taxonomy || t.taxonomy === taxonomy)
			: TERMS;
		return jsonResponse(pageOf(terms, page, perPage));
	});
}

export function taxonomyTermDetail(id: string): Promise<Response> {
	return answer(() => {
		const term = TERMS.find((t) => t.id === id.toLowerCase());
		return term
			? jsonResponse(term)
			: errorResponse(404, m.oruk_not_found({ what: 'taxonomy term' }));
	});
}
