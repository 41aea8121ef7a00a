import { describe, expect, it } from 'vitest';
import { orukErrors, orukPageErrors } from '../../../../tests/fixtures/oruk-schema/validate';
import { sampleActivity, sampleOrganisation } from '../fixtures';
import { ACCESS_FEATURES, CATEGORY_IDS } from '../categories';
import { termId } from '../ids';
import { serviceAtLocationListItem, serviceAtLocations, serviceListItem } from './write-lists';
import { waymarkTaxonomies, waymarkTaxonomyTerms } from './write-terms';
import { serviceToOruk } from './write-v3';

const service = serviceToOruk(sampleActivity({ online: true }), sampleOrganisation());

describe('ORUK v3 API shapes', () => {
	it('makes a list item that validates and keeps the wm_ fields', () => {
		const item = serviceListItem(service);
		expect(orukErrors('service_list', item)).toEqual([]);
		expect(item).not.toHaveProperty('schedules');
		expect(item).toMatchObject({ id: service.id, wm_summary: service.wm_summary });
	});

	it('makes a page of list items that validates', () => {
		const page = {
			total_items: 1,
			total_pages: 1,
			page_number: 1,
			size: 1,
			first_page: true,
			last_page: true,
			empty: false,
			contents: [serviceListItem(service)]
		};
		expect(orukPageErrors('service_list', page)).toEqual([]);
		expect(orukPageErrors('service_list', { ...page, contents: [{}] })).not.toEqual([]);
	});

	it('makes one service-at-location per venue and online place, full and listed', () => {
		const links = serviceAtLocations(service);
		expect(links.map((l) => (l.location as { location_type: string }).location_type)).toEqual([
			'physical',
			'virtual'
		]);
		for (const link of links) {
			expect(orukErrors('service_at_location', link)).toEqual([]);
			expect(orukErrors('service_at_location_list', serviceAtLocationListItem(link))).toEqual([]);
		}
	});

	it('publishes both taxonomies with every term, ids as DESIGN.md §3.1 says', () => {
		const taxonomies = waymarkTaxonomies();
		expect(taxonomies.map((t) => t.name)).toEqual(['waymark-categories', 'waymark-access']);
		for (const taxonomy of taxonomies) expect(orukErrors('taxonomy', taxonomy)).toEqual([]);
		const terms = waymarkTaxonomyTerms();
		expect(terms).toHaveLength(CATEGORY_IDS.length + ACCESS_FEATURES.length);
		for (const term of terms) expect(orukErrors('taxonomy_term', term)).toEqual([]);
		expect(terms.find((t) => t.term === 'food')?.id).toBe(termId('waymark-categories', 'food'));
	});
});
