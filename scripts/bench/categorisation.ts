/**
 * Categorisation benchmark: imports the labelled development feed (`../shared/datasets/
 * north-lincolnshire/`, see scripts/lib/labelled-set.ts) into a scratch SQLite database through
 * importFeed, as `npm run import` would, and scores the categories stored against the hand
 * labels: micro precision, recall and F1, per category, on high + medium and high-only labels,
 * on each half of the development split, and the ten worst misses. Target: micro F1 ≥ 0.80 on
 * high + medium, and no category with 5 or more labels below 0.6.
 * Run alone with `npx tsx scripts/bench/categorisation.ts`, or `npm run bench -- categorisation`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORY_IDS, type CategoryId } from '../../src/lib/directory/categories';
import { listActivities } from '../../src/lib/server/db/activities';
import { openDatabase } from '../../src/lib/server/db';
import { importFeed } from '../../src/lib/server/import/import-feed';
import {
	scoreCategories,
	scoredLabels,
	splitHalf,
	type Score,
	type Scored
} from '../lib/category-scores';
import { loadLabelledSet, type Label } from '../lib/labelled-set';

export const CATEGORISATION_TARGET = Object.freeze({
	microF1: 0.8,
	categoryF1: 0.6,
	minSupport: 5
});
const SOURCE = 'categorisation-bench';
const WORST_MISSES = 10;

/** Imports the feed into a fresh database and reads back each service's stored categories. */
export async function importedCategories(feed: unknown): Promise<Map<string, CategoryId[]>> {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
	const database = await openDatabase({ path: join(dir, 'bench.db') });
	try {
		await importFeed(database, feed, { source: SOURCE });
		const activities = await listActivities(database, { listing: 'published' });
		return new Map(activities.map((a) => [a.sourceId, a.categories]));
	} finally {
		await database.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

const f = (n: number) => n.toFixed(2);
const overallLine = (label: string, { overall: s }: Scored) =>
	`| ${label.padEnd(27)} | ${String(s.support).padStart(6)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`;

function categoryRows(all: Scored, high: Scored): string[] {
	return CATEGORY_IDS.map((category) => {
		const a = all.byCategory.get(category) as Score;
		const h = high.byCategory.get(category) as Score;
		const weak =
			a.support >= CATEGORISATION_TARGET.minSupport && a.f1 < CATEGORISATION_TARGET.categoryF1;
		return `| ${category.padEnd(17)} | ${String(a.support).padStart(3)} | ${String(a.falsePositives).padStart(3)} | ${f(a.precision)} | ${f(a.recall)} | ${f(a.f1)}${weak ? ' ✗' : '  '} | ${String(h.support).padStart(3)} | ${f(h.f1)} |`;
	});
}

export function categorisationReport(labels: Label[], predicted: Map<string, CategoryId[]>) {
	const score = (subset: Label[]) => scoreCategories(subset, predicted);
	const all = score(scoredLabels(labels));
	const high = score(scoredLabels(labels, true));
	const verdict =
		all.overall.f1 >= CATEGORISATION_TARGET.microF1 &&
		CATEGORY_IDS.every((c) => {
			const s = all.byCategory.get(c) as Score;
			return (
				s.support < CATEGORISATION_TARGET.minSupport || s.f1 >= CATEGORISATION_TARGET.categoryF1
			);
		});
	const lines = [
		'| labels                      | scored | P    | R    | F1   |',
		'| --------------------------- | -----: | ---- | ---- | ---- |',
		overallLine('high + medium', all),
		overallLine('high only', high),
		overallLine('high + medium, odd half', score(scoredLabels(splitHalf(labels, 'odd')))),
		overallLine('high + medium, even half', score(scoredLabels(splitHalf(labels, 'even')))),
		'',
		'Per category (high + medium; ✗: 5 or more labels and F1 under 0.6), and F1 on high only:',
		'',
		'| category          | n   | FP  | P    | R    | F1     | n high | F1 high |',
		'| ----------------- | --: | --: | ---- | ---- | ------ | -----: | ------- |',
		...categoryRows(all, high),
		'',
		`Worst misses (high + medium), ${WORST_MISSES} of ${all.misses.length}:`,
		...all.misses
			.slice(0, WORST_MISSES)
			.map((m) => `- ${m.name}: expected [${m.expected.join(', ')}], got [${m.got.join(', ')}]`),
		'',
		`Micro F1 ${f(all.overall.f1)} on high + medium: ${verdict ? 'meets' : 'MISSES'} the target (≥ ${CATEGORISATION_TARGET.microF1}, no category with ${CATEGORISATION_TARGET.minSupport}+ labels under ${CATEGORISATION_TARGET.categoryF1}).`
	];
	return lines.join('\n');
}

export async function runCategorisationBench(): Promise<string> {
	const set = loadLabelledSet();
	if (!set) return 'Skipped: no labelled development set (../shared/datasets/north-lincolnshire).';
	const predicted = await importedCategories(set.feed);
	return `Labelled set: ${set.folder}\n\n${categorisationReport(set.labels, predicted)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.log(await runCategorisationBench());
}
