/**
 * Scores predicted categories against labels: micro precision, recall and F1 over every
 * (service, category) pair, the same per category, and the services missed worst.
 */
import { CATEGORY_IDS, type CategoryId } from '../../src/lib/directory/categories';
import type { Label } from './labelled-set';

export interface Counts {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
}

export interface Score extends Counts {
	precision: number;
	recall: number;
	f1: number;
	/** How many labels carry the category (for the overall score: how many labels). */
	support: number;
}

export interface Miss {
	name: string;
	expected: CategoryId[];
	got: CategoryId[];
	errors: number;
}

export interface Scored {
	overall: Score;
	byCategory: Map<CategoryId, Score>;
	misses: Miss[];
}

function score(counts: Counts, support: number): Score {
	const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
	const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
	const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
	const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
	return { ...counts, precision, recall, f1, support };
}

const empty = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/** `predicted`: service id → categories; a service missing from it got none. */
export function scoreCategories(
	labels: readonly Label[],
	predicted: ReadonlyMap<string, readonly CategoryId[]>
): Scored {
	const total = empty();
	const perCategory = new Map(CATEGORY_IDS.map((c) => [c, { ...empty(), support: 0 }]));
	const misses: Miss[] = [];
	for (const label of labels) {
		const got = [...(predicted.get(label.id) ?? [])];
		const expected = new Set(label.categories);
		let errors = 0;
		for (const category of CATEGORY_IDS) {
			const isExpected = expected.has(category);
			const isGot = got.includes(category);
			const counts = perCategory.get(category)!;
			if (isExpected) counts.support += 1;
			const key = isExpected
				? isGot
					? 'truePositives'
					: 'falseNegatives'
				: isGot
					? 'falsePositives'
					: undefined;
			if (!key) continue;
			counts[key] += 1;
			total[key] += 1;
			if (key !== 'truePositives') errors += 1;
		}
		if (errors > 0) misses.push({ name: label.name, expected: label.categories, got, errors });
	}
	misses.sort((a, b) => b.errors - a.errors || a.name.localeCompare(b.name));
	const byCategory = new Map(
		[...perCategory].map(([category, { support, ...counts }]) => [category, score(counts, support)])
	);
	return { overall: score(total, labels.length), byCategory, misses };
}

/** Labels of high (and, unless `highOnly`, medium) confidence: the ones scored. */
export function scoredLabels(labels: readonly Label[], highOnly = false): Label[] {
	return labels.filter((l) => l.confidence === 'high' || (!highOnly && l.confidence === 'medium'));
}

/**
 * The development split: labels in odd or even places of the file (1-based), so a change tuned
 * while watching one half can be checked on the other.
 */
export function splitHalf(labels: readonly Label[], half: 'odd' | 'even'): Label[] {
	return labels.filter((_, i) => (i % 2 === 0) === (half === 'odd'));
}
