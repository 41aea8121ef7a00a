/**
 * Keeps the categoriser at the benchmark's target on the labelled development set, so a change
 * that makes it worse fails CI. Skips when `../shared` (the set) is not beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/lib/directory/categories';
import { readFeed } from '../../src/lib/directory/oruk/read-feed';
import { scoreCategories, scoredLabels } from '../lib/category-scores';
import { loadLabelledSet } from '../lib/labelled-set';
import { CATEGORISATION_TARGET } from './categorisation';

const set = loadLabelledSet();

describe.skipIf(!set)('categorisation on the labelled development set', () => {
	it('meets the target on high + medium labels', () => {
		const feed = readFeed(set!.feed, { source: 'labelled-set' });
		const predicted = new Map(
			feed.records.map((r) => [r.activity.sourceId, r.activity.categories])
		);
		const { overall, byCategory } = scoreCategories(scoredLabels(set!.labels), predicted);
		expect(overall.f1).toBeGreaterThanOrEqual(CATEGORISATION_TARGET.microF1);
		const weak = CATEGORY_IDS.filter((category) => {
			const score = byCategory.get(category)!;
			return (
				score.support >= CATEGORISATION_TARGET.minSupport &&
				score.f1 < CATEGORISATION_TARGET.categoryF1
			);
		});
		expect(weak).toEqual([]);
	});
});
