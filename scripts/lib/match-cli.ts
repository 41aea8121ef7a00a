/**
 * The `match` CLI (DESIGN.md §3.4) as a function of its arguments and a file reader, so
 * tests can run it without a process. `scripts/match.ts` wires it to the real world.
 */
import { importedId } from '../../src/lib/directory/oruk/oruk-ids';
import { FeedFormatError, readFeed } from '../../src/lib/directory/oruk/read-feed';
import { isObject, str } from '../../src/lib/directory/oruk/types';
import { cautionText, hintText, reasonText, sessionWhen } from '../../src/lib/format/results';
import { problemText } from '../../src/lib/i18n/problems';
import { parseProfile, rank } from '../../src/lib/matching';
import { readDirectoryFile, type DirectoryRead } from './match-directory';

export const USAGE =
	'Usage: npm run --silent match -- --directory FILE --profile FILE [--at ISO-8601] [--top N]';

export interface MatchArgs {
	directory: string;
	profile: string;
	at: Date | undefined;
	top: number;
}

export interface CliIo {
	readFile(path: string): string;
	out(text: string): void;
	err(text: string): void;
}

/** An instant with a zone: "2026-11-23T09:00:00Z" or "2026-11-23T09:00+00:00". */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): MatchArgs {
	const given = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		if (!['--directory', '--profile', '--at', '--top'].includes(flag)) {
			throw new UsageError(`Unknown argument "${argv[i]}". ${USAGE}`);
		}
		const value = inline ?? argv[++i];
		if (value === undefined || value === '')
			throw new UsageError(`${flag} needs a value. ${USAGE}`);
		given.set(flag, value);
	}
	const directory = given.get('--directory');
	const profile = given.get('--profile');
	if (!directory || !profile)
		throw new UsageError(`--directory and --profile are needed. ${USAGE}`);
	const atText = given.get('--at');
	let at: Date | undefined;
	if (atText !== undefined) {
		at = new Date(atText);
		if (!ISO_INSTANT.test(atText) || Number.isNaN(at.getTime())) {
			throw new UsageError(
				`--at must be an ISO-8601 date and time with Z or an offset, like 2026-11-23T09:00:00Z (got "${atText}")`
			);
		}
	}
	const topText = given.get('--top') ?? '10';
	const top = Number(topText);
	if (!/^\d+$/.test(topText) || top < 1) {
		throw new UsageError(`--top must be a whole number of 1 or more (got "${topText}")`);
	}
	return { directory, profile, at, top };
}

/** Runs the CLI; returns the exit code. */
export function runMatch(argv: readonly string[], io: CliIo): number {
	try {
		const args = parseArgs(argv);
		const profileResult = parseProfile(readJson(io, args.profile, '--profile'));
		if (!profileResult.ok) {
			throw new UsageError(`The profile is not valid: ${describeProblems(profileResult.errors)}`);
		}
		const directory = readDirectory(readJson(io, args.directory, '--directory'), args.directory);
		if (directory.skipped > 0) {
			io.err(
				`Skipped ${directory.skipped} services that could not be read (${directory.firstSkip})`
			);
		}
		const ranked = rank(profileResult.value, directory.activities, {
			now: args.at ?? new Date(),
			limit: args.top
		});
		const results = ranked.results.map((r) => ({
			id: directory.inputIds.get(r.id) ?? r.id,
			score: Math.round(r.score * 1000) / 1000,
			reasons: r.reasons.map((reason) => reasonText(reason)),
			cautions: r.cautions.map((c) => cautionText(c)),
			fits: r.fits,
			group: r.group,
			audience: r.audience,
			name: r.activity.name,
			organisation: r.activity.organisation.name,
			categories: r.activity.categories,
			distanceKm: r.distanceKm === null ? null : Math.round(r.distanceKm * 100) / 100,
			mode: r.isViaOnline ? 'online' : r.mode,
			nextSession: r.nextSession && { ...r.nextSession, label: sessionWhen(r.nextSession) }
		}));
		const hints = ranked.hints.map((hint) => ({ ...hint, message: hintText(hint).text }));
		io.out(
			JSON.stringify(
				{
					results,
					total: ranked.total,
					fitting: ranked.fitting,
					atOtherTimes: ranked.atOtherTimes,
					hints
				},
				null,
				2
			)
		);
		return 0;
	} catch (error) {
		if (error instanceof UsageError || error instanceof FeedFormatError) {
			io.err(error.message);
			return 2;
		}
		throw error;
	}
}

/** One line for a terminal: "age: An age cannot be below 0; …". */
function describeProblems(errors: Record<string, string>): string {
	return Object.entries(errors)
		.map(([path, code]) => (path ? `${path}: ${problemText(code, 'en')}` : problemText(code, 'en')))
		.join('; ');
}

function readJson(io: CliIo, path: string, flag: string): unknown {
	let text: string;
	try {
		text = io.readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UsageError(`Cannot read the ${flag} file "${path}"${code ? ` (${code})` : ''}`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new UsageError(
			`The ${flag} file "${path}" is not valid JSON: ${(error as Error).message}`
		);
	}
}

function readDirectory(json: unknown, path: string): DirectoryRead {
	const own = readDirectoryFile(json);
	if (own) return own;
	const source = path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'file';
	const feed = readFeed(json, { source });
	if (feed.records.length === 0) {
		const why = feed.skipped[0] ? `: ${feed.skipped[0].reason}` : '';
		throw new UsageError(`The directory "${path}" has no services that can be read${why}`);
	}
	const inputIds = new Map<string, string>();
	const items = Array.isArray(json)
		? json
		: isObject(json) && Array.isArray(json.contents)
			? json.contents
			: [json];
	for (const item of items) {
		const rawId = isObject(item) ? str(item.id) : undefined;
		if (!rawId || !isObject(item)) continue;
		inputIds.set(importedId(str(item.wm_source) ?? source, 'service', rawId), rawId);
	}
	return {
		activities: feed.records.map((record) => record.activity),
		inputIds,
		skipped: feed.skipped.length,
		firstSkip: feed.skipped[0] ? `${feed.skipped[0].id ?? 'no id'}: ${feed.skipped[0].reason}` : ''
	};
}
