/** The `Page` of the ORUK openapi.json: one page of a list, with where it sits in the whole. */
export interface Page<T> {
	total_items: number;
	total_pages: number;
	page_number: number;
	/** The number of entities in this page, as openapi.json defines it. */
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
}

/** A page past the last is an empty page, not an error, so a reader's loop simply ends. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> {
	const totalPages = Math.max(1, Math.ceil(items.length / perPage));
	const contents = items.slice((page - 1) * perPage, page * perPage);
	return {
		total_items: items.length,
		total_pages: totalPages,
		page_number: page,
		size: contents.length,
		first_page: page === 1,
		last_page: page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}
