/**
 * A hand-labelled development set for categorisation (`../shared/datasets/<council>/`): a feed
 * (`feed.json`) and `labels.json` ({ "labels": { "<service id>": { name, categories,
 * confidence, reason } } }). Found from the repository root, so it works from any clean clone
 * with `../shared` beside it; `CATEGORISATION_DATASET` names another folder of the same shape.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCategoryId, type CategoryId } from '../../src/lib/directory/categories';

export type Confidence = 'high' | 'medium' | 'low';

export interface Label {
	id: string;
	name: string;
	categories: CategoryId[];
	confidence: Confidence;
}

export interface LabelledSet {
	folder: string;
	feed: unknown;
	/** In the file's order, which the development split follows. */
	labels: Label[];
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATASET = resolve(REPO_ROOT, '../shared/datasets/north-lincolnshire');

function readLabels(json: unknown): Label[] {
	const map = (json as { labels?: unknown })?.labels;
	if (typeof map !== 'object' || map === null) throw new Error('labels.json has no "labels" map');
	return Object.entries(map as Record<string, Record<string, unknown>>).map(([id, label]) => {
		const categories = Array.isArray(label.categories) ? label.categories : [];
		const unknown = categories.filter((c) => !isCategoryId(c));
		if (unknown.length > 0) throw new Error(`Label ${id} has unknown categories ${unknown}`);
		const confidence = label.confidence;
		if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low')
			throw new Error(`Label ${id} has no confidence`);
		return { id, name: String(label.name ?? ''), categories, confidence };
	});
}

/** The labelled set in `folder`, or undefined when its files are not there. */
export function loadLabelledSet(
	folder = process.env.CATEGORISATION_DATASET || DEFAULT_DATASET
): LabelledSet | undefined {
	const feedFile = join(folder, 'feed.json');
	const labelsFile = join(folder, 'labels.json');
	if (!existsSync(feedFile) || !existsSync(labelsFile)) return undefined;
	return {
		folder,
		feed: JSON.parse(readFileSync(feedFile, 'utf8')),
		labels: readLabels(JSON.parse(readFileSync(labelsFile, 'utf8')))
	};
}
