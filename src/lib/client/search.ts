/**
 * Free-text search over the whole directory (not just the ranked results), typo-tolerant.
 * Short fields only: fuse.js scans every record, and long descriptions slow it and blur it.
 */
import Fuse from 'fuse.js';
import { CATEGORY_LABELS } from '$lib/directory/categories';
import type { Activity } from '$lib/directory/model';

export type Search = (query: string, limit?: number) => Activity[];

const MAX_RESULTS = 20;

export function createSearch(activities: readonly Activity[]): Search {
	const records = activities
		.filter((a) => a.status === 'active')
		.map((activity) => ({
			activity,
			name: activity.name,
			organisation: activity.organisation.name,
			keywords: activity.keywords.join(' '),
			categories: activity.categories.map((c) => CATEGORY_LABELS[c]).join(' '),
			summary: activity.summary,
			places: activity.venues.map((v) => `${v.name} ${v.address.town}`).join(' ')
		}));
	const fuse = new Fuse(records, {
		keys: [
			{ name: 'name', weight: 3 },
			{ name: 'keywords', weight: 2 },
			{ name: 'categories', weight: 2 },
			{ name: 'organisation', weight: 1 },
			{ name: 'summary', weight: 1 },
			{ name: 'places', weight: 1 }
		],
		ignoreLocation: true,
		threshold: 0.3,
		minMatchCharLength: 3
	});
	return (query, limit = MAX_RESULTS) => {
		const words = query.trim();
		if (words.length < 2) return [];
		return fuse.search(words, { limit }).map((hit) => hit.item.activity);
	};
}
