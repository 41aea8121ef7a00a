import { describe, expect, it } from 'vitest';
import { termId } from '../../directory/ids';
import { taxonomyId } from '../../directory/oruk/write-terms';
import {
	taxonomiesList,
	taxonomyDetail,
	taxonomyTermDetail,
	taxonomyTermsList
} from './taxonomy-endpoints';

const url = (query = '') => new URL(`http://localhost/openreferral/taxonomy_terms?${query}`);
type Page = Record<string, unknown> & { contents: { id: string; term: string; name: string }[] };

describe('GET /openreferral/taxonomies', () => {
	it('lists the two Waymark taxonomies with their terms', async () => {
		const page: Page = await (await taxonomiesList(url())).json();
		expect(page.contents.map((t) => t.name)).toEqual(['waymark-categories', 'waymark-access']);
		expect(page).toMatchObject({ total_items: 2, total_pages: 1, last_page: true });
	});

	it('gives one taxonomy by id, or 404', async () => {
		const found = await taxonomyDetail(taxonomyId('waymark-access'));
		expect((await found.json()).taxonomy_terms).toHaveLength(5);
		const missing = await taxonomyDetail('nope');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('access-control-allow-origin')).toBe('*');
	});
});

describe('GET /openreferral/taxonomy_terms', () => {
	it('pages every term, categories first', async () => {
		const page: Page = await (await taxonomyTermsList(url('per_page=10&page=2'))).json();
		expect(page).toMatchObject({ total_items: 23, total_pages: 3, page_number: 2, size: 10 });
		const last: Page = await (await taxonomyTermsList(url('per_page=10&page=3'))).json();
		expect(last.contents.map((t) => t.term)).toEqual(['hearing-loop', 'quiet-space', 'parking']);
	});

	it('narrows to one taxonomy by id or name', async () => {
		const byId: Page = await (
			await taxonomyTermsList(url(`taxonomy_id=${taxonomyId('waymark-access')}`))
		).json();
		const byName: Page = await (await taxonomyTermsList(url('taxonomy_id=waymark-access'))).json();
		expect(byId.contents).toHaveLength(5);
		expect(byName.contents).toEqual(byId.contents);
	});

	it('gives one term by id, or 404', async () => {
		const found = await taxonomyTermDetail(termId('waymark-categories', 'food'));
		expect(await found.json()).toMatchObject({ term: 'food', taxonomy: 'waymark-categories' });
		expect((await taxonomyTermDetail('nope')).status).toBe(404);
	});

	it('answers 400 to a bad page', async () => {
		const response = await taxonomyTermsList(url('page=-1'));
		expect(response.status).toBe(400);
	});
});
