/** `npm run --silent match -- --directory FILE --profile FILE [--at ISO-8601] [--top N]` */
import { readFileSync } from 'node:fs';
import { runMatch } from './lib/match-cli';

process.exitCode = runMatch(process.argv.slice(2), {
	readFile: (path) => readFileSync(path, 'utf8'),
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`)
});
