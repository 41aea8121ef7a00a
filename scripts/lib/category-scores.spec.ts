import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../src/lib/directory/categories';
import { scoreCategories, scoredLabels, splitHalf } from './category-scores';
import type { Label } from './labelled-set';

const label = (
	id: string,
	categories: Label['categories'],
	confidence: Label['confidence'] = 'high'
) => ({ id, name: id, categories, confidence }) as Label;

describe('scoreCategories', () => {
	const labels = [
		label('a', ['food']),
		label('b', ['food', 'housing']),
		label('c', []),
		label('d', ['carers'])
	];
	const predicted = new Map<string, CategoryId[]>([
		['a', ['food']],
		['b', ['food', 'work']],
		['c', ['work']]
	]);

	it('scores every (service, category) pair, a missing service as none', () => {
		const { overall } = scoreCategories(labels, predicted);
		expect(overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 2 });
		expect(overall.precision).toBe(0.5);
		expect(overall.recall).toBe(0.5);
		expect(overall.f1).toBe(0.5);
	});

	it('scores each category, and lists the worst misses first', () => {
		const { byCategory, misses } = scoreCategories(labels, predicted);
		expect(byCategory.get('food')).toMatchObject({ f1: 1, support: 2 });
		expect(byCategory.get('work')).toMatchObject({ precision: 0, falsePositives: 2, support: 0 });
		expect(misses.map((m) => [m.name, m.errors])).toEqual([
			['b', 2],
			['c', 1],
			['d', 1]
		]);
	});
});

describe('label subsets', () => {
	const labels = [label('1', [], 'high'), label('2', [], 'low'), label('3', [], 'medium')];

	it('keep high and medium, or high only', () => {
		expect(scoredLabels(labels).map((l) => l.id)).toEqual(['1', '3']);
		expect(scoredLabels(labels, true).map((l) => l.id)).toEqual(['1']);
	});

	it('split by place in the file, first place odd', () => {
		expect(splitHalf(labels, 'odd').map((l) => l.id)).toEqual(['1', '3']);
		expect(splitHalf(labels, 'even').map((l) => l.id)).toEqual(['2']);
	});
});
