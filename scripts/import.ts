// npm run --silent import -- --from FILE|URL [--source NAME] [--full] [--moderate] [--dry-run]
// Imports an ORUK v3, ORUK v1 or Waymark feed into the configured database (DESIGN.md §3.5)
// and prints a JSON report. An unreadable source exits 2 and writes nothing.
import { parseArgs } from 'node:util';
import { getDatabase } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/import-cli';

const USAGE =
	'Usage: npm run --silent import -- --from FILE|URL [--source NAME] [--full] [--moderate] [--dry-run]';

let values;
try {
	({ values } = parseArgs({
		options: {
			from: { type: 'string' },
			source: { type: 'string' },
			full: { type: 'boolean', default: false },
			moderate: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false }
		},
		strict: true
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n${USAGE}`);
	process.exit(2);
}
if (!values.from) {
	console.error(`Say where to import from with --from.\n${USAGE}`);
	process.exit(2);
}

const { code, output } = await runImport(
	{
		from: values.from,
		source: values.source,
		full: values.full,
		moderate: values.moderate,
		dryRun: values['dry-run']
	},
	getDatabase
);
if (code === 0) console.log(output);
else console.error(output);
process.exit(code);
