/**
 * Import benchmark: a feed of 1,000 ORUK v3 services (the demo directory's activities, copied
 * until there are enough, serialised with serviceToOruk and stripped of Waymark's own fields so
 * the importer reads them as any outside feed) into a fresh SQLite database through
 * importFeed, then the same feed again, which must change nothing. Target: under 10 s.
 * Run alone with `npx tsx scripts/bench/import.ts [1000,5000]`, or with `npm run bench -- import`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stableId } from '../../src/lib/directory/ids';
import { serviceToOruk } from '../../src/lib/directory/oruk/write-v3';
import { openDatabase } from '../../src/lib/server/db';
import { importFeed, type ImportReport } from '../../src/lib/server/import/import-feed';
import { buildDemoDirectory } from '../../src/lib/server/seed/demo-directory';

export const IMPORT_TARGET_SECONDS = 10;
const SOURCE = 'bench-feed';

/** Drops every `wm_` field, as a feed from another publisher would not have them. */
function withoutWaymarkFields(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutWaymarkFields);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => !key.startsWith('wm_'))
			.map(([key, inner]) => [key, withoutWaymarkFields(inner)])
	);
}

/** `size` ORUK v3 full services, deterministic, each with its own id. */
export function syntheticOrukFeed(size = 1000, today = '2026-11-21'): unknown[] {
	const { activities, organisations } = buildDemoDirectory(today);
	const byId = new Map(organisations.map((o) => [o.id, o]));
	return Array.from({ length: size }, (_, i) => {
		const base = activities[i % activities.length];
		const copy = Math.floor(i / activities.length);
		const sourceId = `${base.sourceId}-${copy}`;
		const activity = {
			...base,
			id: stableId(SOURCE, sourceId),
			name: copy === 0 ? base.name : `${base.name} (${copy + 1})`,
			source: SOURCE,
			sourceId,
			demo: false
		};
		return withoutWaymarkFields(serviceToOruk(activity, byId.get(base.organisation.id)!));
	});
}

export interface ImportBenchResult {
	size: number;
	first: { seconds: number; report: ImportReport };
	again: { seconds: number; report: ImportReport };
}

export async function benchImport(size = 1000): Promise<ImportBenchResult> {
	// As the CLI gets it: text parsed into JSON, not objects shared with the generator.
	const feedText = JSON.stringify(syntheticOrukFeed(size));
	const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
	const database = await openDatabase({ path: join(dir, 'bench.db') });
	try {
		const timed = async () => {
			const start = performance.now();
			const report = await importFeed(database, JSON.parse(feedText), { source: SOURCE });
			return { seconds: (performance.now() - start) / 1000, report };
		};
		const first = await timed();
		const again = await timed();
		if (first.report.created !== size || again.report.unchanged !== size) {
			throw new Error(
				`Expected ${size} created then ${size} unchanged; got ${first.report.created} and ${again.report.unchanged}`
			);
		}
		return { size, first, again };
	} finally {
		await database.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

export interface ImportBenchOptions {
	/** Feed sizes to import; the target is for 1,000. */
	sizes?: number[];
}

export async function runImportBench({ sizes = [1000] }: ImportBenchOptions = {}): Promise<string> {
	const lines = [
		'| services | import (new), s | ms/service | re-import (unchanged), s |',
		'| -------: | -------------: | ---------: | -----------------------: |'
	];
	const notes: string[] = [];
	for (const size of sizes) {
		const { first, again } = await benchImport(size);
		const perService = ((first.seconds * 1000) / size).toFixed(2);
		lines.push(
			`| ${String(size).padStart(8)} | ${first.seconds.toFixed(2).padStart(14)} | ${perService.padStart(10)} | ${again.seconds.toFixed(2).padStart(24)} |`
		);
		if (size === 1000) {
			const verdict = first.seconds < IMPORT_TARGET_SECONDS ? 'within' : 'OVER';
			notes.push(
				`1,000 services in ${first.seconds.toFixed(2)} s: ${verdict} the ${IMPORT_TARGET_SECONDS} s target.`
			);
		}
	}
	return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const sizes = process.argv[2]?.split(',').map(Number);
	console.log(await runImportBench({ sizes }));
}
