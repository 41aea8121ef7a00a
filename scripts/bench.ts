/**
 * `npm run bench`: runs each benchmark and prints its table. Pass names to run only some
 * (`npm run bench -- matching`); `--sizes 1000,10000` limits the directory sizes.
 */
import { runCategorisationBench } from './bench/categorisation';
import { runImportBench } from './bench/import';
import { runLoadBench } from './bench/load';
import { runMatchingBench } from './bench/matching';

const BENCHMARKS: Record<string, (sizes?: number[]) => string | Promise<string>> = {
	matching: (sizes) => runMatchingBench({ sizes }),
	import: (sizes) => runImportBench({ sizes }),
	categorisation: () => runCategorisationBench(),
	lighthouse: () => import('./bench/lighthouse').then((bench) => bench.runLighthouseBench()),
	load: () => runLoadBench()
};

const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt >= 0 ? args[sizesAt + 1]?.split(',').map(Number) : undefined;
const names = args.filter(
	(arg, i) => !arg.startsWith('--') && !(sizesAt >= 0 && i === sizesAt + 1)
);
const unknown = names.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0 || (sizes && sizes.some((n) => !Number.isInteger(n) || n <= 0))) {
	console.error(
		`Usage: npm run bench -- [${Object.keys(BENCHMARKS).join('|')}] [--sizes 1000,10000]`
	);
	process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
	console.log(`\n${name} (Node ${process.version})\n`);
	console.log(await BENCHMARKS[name](sizes));
}
