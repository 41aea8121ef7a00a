/**
 * Imports a directory feed into the database (DESIGN.md §3.5): reads it, upserts each
 * usable service by (source, id), optionally unpublishes what a complete feed no longer
 * lists, and reports how every record was decided. A bad record is skipped with its reason;
 * it never stops the rest.
 */
import { readFeed } from '../../directory/oruk/read-feed';
import type {
	AccessConflict,
	CategoriesDecidedBy,
	ReadOptions,
	ReadRecord
} from '../../directory/oruk/types';
import type { Vocabulary } from '../../directory/vocabulary';
import { previewSave, saveActivities, unpublishMissing } from '../db/activities';
import type { Database } from '../db/index';
import { loadExtraVocabulary } from '../vocabulary';

export interface ImportOptions {
	source: string;
	/** The feed is complete: the source's services missing from it are unpublished. */
	full?: boolean;
	/** Import as pending moderation instead of published. */
	moderate?: boolean;
	/** Report what would change, and change nothing. */
	dryRun?: boolean;
	/** Records already skipped while fetching the feed. */
	skipped?: { id: string | null; reason: string }[];
	now?: Date;
	/** Extra category words; by default those of the file `VOCABULARY_PATH` names, if any. */
	vocabulary?: Vocabulary;
	/** Map positions for venues published with a postcode only. */
	locate?: ReadOptions['locate'];
}

export interface ImportReport {
	format: string;
	source: string;
	created: number;
	updated: number;
	unchanged: number;
	unpublished: number;
	skipped: { id: string | null; reason: string }[];
	categorised: { byWaymarkTerm: number; byOtherTaxonomy: number; byText: number; none: number };
	/** What was repaired to make records usable, by service id. */
	repaired: { id: string; repairs: string[] }[];
	/** How many times a venue's words and its access attributes disagreed about a feature. */
	accessConflicts: number;
	/** Each disagreement, by service id: what the words and the attribute said, and what was kept. */
	accessConflicted: { id: string; conflicts: AccessConflict[] }[];
	dryRun: boolean;
}

const CATEGORISED_KEY: Record<CategoriesDecidedBy, keyof ImportReport['categorised']> = {
	'waymark-term': 'byWaymarkTerm',
	'other-taxonomy': 'byOtherTaxonomy',
	text: 'byText',
	none: 'none'
};

export async function importFeed(
	database: Database,
	json: unknown,
	options: ImportOptions
): Promise<ImportReport> {
	const vocabulary = options.vocabulary ?? loadExtraVocabulary();
	const feed = readFeed(json, { source: options.source, vocabulary, locate: options.locate });
	const records = withoutDuplicates(feed.records, feed.skipped);
	const listing = options.moderate ? 'pending' : 'published';
	const inputs = records.map(
		({ activity, organisation }) => ({ activity, organisation, listing }) as const
	);

	const report: ImportReport = {
		format: feed.format,
		source: options.source,
		created: 0,
		updated: 0,
		unchanged: 0,
		unpublished: 0,
		skipped: [...(options.skipped ?? []), ...feed.skipped],
		categorised: { byWaymarkTerm: 0, byOtherTaxonomy: 0, byText: 0, none: 0 },
		repaired: records
			.filter((r) => r.repairs.length > 0)
			.map((r) => ({ id: r.activity.sourceId, repairs: r.repairs })),
		accessConflicts: records.reduce((n, r) => n + r.accessConflicts.length, 0),
		accessConflicted: records
			.filter((r) => r.accessConflicts.length > 0)
			.map((r) => ({ id: r.activity.sourceId, conflicts: r.accessConflicts })),
		dryRun: Boolean(options.dryRun)
	};
	for (const record of records) report.categorised[CATEGORISED_KEY[record.decided.categories]] += 1;

	const outcomes = options.dryRun
		? await Promise.all(inputs.map((input) => previewSave(database, input)))
		: (await saveActivities(database, inputs, options.now)).map((r) => r.outcome);
	for (const outcome of outcomes) report[outcome] += 1;

	if (options.full && !options.dryRun) {
		const present = records.map((r) => r.activity.sourceId);
		report.unpublished = await unpublishMissing(database, options.source, present, options.now);
	}
	return report;
}

/** A feed that lists a service twice keeps the first and says so. */
function withoutDuplicates(
	records: ReadRecord[],
	skipped: { id: string | null; reason: string }[]
) {
	const seen = new Set<string>();
	return records.filter((record) => {
		const id = record.activity.sourceId;
		if (seen.has(id)) {
			skipped.push({ id, reason: 'Listed more than once in the feed; the first was imported' });
			return false;
		}
		seen.add(id);
		return true;
	});
}
