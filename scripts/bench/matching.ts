/**
 * Matching benchmark: builds the matcher over synthetic directories of 1,000, 10,000 and
 * 100,000 activities and ranks the benchmark profiles, timing the index build and the
 * queries separately. Targets: 10,000 — build ≤ 150 ms, rank ≤ 15 ms median;
 * 100,000 — rank ≤ 150 ms median.
 */
import { createMatcher } from '../../src/lib/matching';
import { BENCH_PROFILES } from './profiles';
import { collectGarbage, heapMb, median, percentile, table, time } from './stats';
import { syntheticDirectory } from './synthetic-directory';

const NOW = new Date('2026-11-21T10:00:00Z');

export interface MatchingBenchOptions {
	sizes?: number[];
	/** Rounds of every profile per size (after one warm-up round). */
	rounds?: number;
}

export function runMatchingBench(options: MatchingBenchOptions = {}): string {
	const sizes = options.sizes ?? [1_000, 10_000, 100_000];
	const rows: (string | number)[][] = [];
	for (const size of sizes) {
		const activities = syntheticDirectory(size);
		const builds: number[] = [];
		const buildRuns = size >= 100_000 ? 3 : 7;
		collectGarbage();
		const heapBefore = heapMb();
		let matcher = createMatcher(activities);
		for (let run = 0; run < buildRuns; run++) {
			matcher = undefined as never;
			collectGarbage();
			[matcher, builds[run]] = time(() => createMatcher(activities));
		}
		collectGarbage();
		const heapIndex = heapMb() - heapBefore;
		const rounds = options.rounds ?? (size >= 100_000 ? 5 : 20);
		const ranks: number[] = [];
		let results = 0;
		for (let round = -1; round < rounds; round++) {
			for (const profile of BENCH_PROFILES) {
				const [result, ms] = time(() => matcher.rank(profile, { now: NOW, limit: 20 }));
				if (round >= 0) ranks.push(ms);
				results += result.total;
			}
		}
		rows.push([
			size.toLocaleString('en-GB'),
			median(builds).toFixed(1),
			percentile(builds, 95).toFixed(1),
			median(ranks).toFixed(2),
			percentile(ranks, 95).toFixed(2),
			Math.round(results / ((rounds + 1) * BENCH_PROFILES.length)),
			heapIndex.toFixed(1),
			heapMb().toFixed(1)
		]);
	}
	return table(
		[
			'activities',
			'build median ms',
			'build p95 ms',
			'rank median ms',
			'rank p95 ms',
			'passing (mean)',
			'index heap MB',
			'heap used MB'
		],
		rows
	);
}
