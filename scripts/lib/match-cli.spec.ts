import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation, sampleVenue } from '../../src/lib/directory/fixtures';
import { serviceToOruk } from '../../src/lib/directory/oruk/write-v3';
import { FIT_PERSONAS } from '../../src/lib/matching/testing/fit-personas';
import { buildDemoDirectory } from '../../src/lib/server/seed/demo-directory';
import golden from './fixtures/match-golden.json' with { type: 'json' };
import { parseArgs, runMatch, UsageError } from './match-cli';

const organisation = sampleOrganisation();
const knit = sampleActivity({ sourceId: 'knit' });
const garden = sampleActivity({
	sourceId: 'garden',
	name: 'Community garden',
	summary: 'Grow vegetables together.',
	categories: ['nature-gardening'],
	keywords: ['gardening'],
	venues: [sampleVenue({ id: 'venue-garden', lat: 54.99, lng: -1.6 })]
});
/** ORUK v3 services as a feed would publish them, one with a non-UUID id. */
const services = [
	{ ...serviceToOruk(knit, organisation), id: 'knit-and-natter-1' },
	serviceToOruk(garden, organisation)
];
const profile = { categories: ['arts-crafts'], origin: { lat: 54.97, lng: -1.64 } };

function run(argv: string[], files: Record<string, unknown>) {
	const out: string[] = [];
	const err: string[] = [];
	const code = runMatch(argv, {
		readFile: (path) => {
			if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			const value = files[path];
			return typeof value === 'string' ? value : JSON.stringify(value);
		},
		out: (text) => out.push(text),
		err: (text) => err.push(text)
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const ARGS = [
	'--directory',
	'dir.json',
	'--profile',
	'profile.json',
	'--at',
	'2026-11-21T10:00:00Z'
];

describe('match CLI arguments', () => {
	it.each<[string[], Partial<ReturnType<typeof parseArgs>>]>([
		[
			['--directory', 'd', '--profile', 'p'],
			{ directory: 'd', profile: 'p', top: 10, at: undefined }
		],
		[['--directory=d', '--profile=p', '--top', '3'], { top: 3 }],
		[
			['--directory', 'd', '--profile', 'p', '--at', '2026-03-29T10:00:00+01:00'],
			{ at: new Date('2026-03-29T09:00:00Z') }
		]
	])('reads %j', (argv, expected) => {
		expect(parseArgs(argv)).toMatchObject(expected);
	});

	it.each([
		[['--profile', 'p'], '--directory and --profile are needed'],
		[
			['--directory', 'd', '--profile', 'p', '--at', '2026-11-21T10:00:00'],
			'--at must be an ISO-8601 date and time with Z or an offset'
		],
		[['--directory', 'd', '--profile', 'p', '--at', 'tomorrow'], '--at must be'],
		[
			['--directory', 'd', '--profile', 'p', '--top', '0'],
			'--top must be a whole number of 1 or more'
		],
		[['--directory', 'd', '--profile', 'p', '--top', 'ten'], '--top must be'],
		[['--directory', 'd', '--profile', 'p', '--verbose'], 'Unknown argument "--verbose"'],
		[['--directory'], '--directory needs a value']
	])('rejects %j', (argv, message) => {
		expect(() => parseArgs(argv)).toThrow(UsageError);
		expect(() => parseArgs(argv)).toThrow(message);
	});
});

describe('match CLI', () => {
	it.each([
		['an array of ORUK v3 services', services],
		['an ORUK v3 /services page', { total_items: 2, contents: services }]
	])('ranks %s and prints the input ids', (_, directory) => {
		const { code, out } = run(ARGS, { 'dir.json': directory, 'profile.json': profile });
		expect(code).toBe(0);
		const { results } = JSON.parse(out);
		expect(results.map((r: { id: string }) => r.id)).toEqual(['knit-and-natter-1', garden.id]);
		expect(results[0]).toMatchObject({ reasons: expect.arrayContaining(['Free']), cautions: [] });
		expect(results[0].score).toBeGreaterThan(results[1].score);
		expect(results[0].score).toBeLessThanOrEqual(1);
	});

	it('reads a directory of Waymark activities', () => {
		const { code, out } = run([...ARGS, '--top', '1'], {
			'dir.json': { activities: [knit, garden] },
			'profile.json': profile
		});
		expect(code).toBe(0);
		expect(JSON.parse(out).results.map((r: { id: string }) => r.id)).toEqual([knit.id]);
	});

	it.each([
		[
			'a bad profile',
			{ 'dir.json': services, 'profile.json': { age: -3 } },
			'The profile is not valid: age: An age cannot be below 0'
		],
		[
			'a profile that is not JSON',
			{ 'dir.json': services, 'profile.json': '{nope' },
			'The --profile file "profile.json" is not valid JSON'
		],
		[
			'a missing directory',
			{ 'profile.json': profile },
			'Cannot read the --directory file "dir.json" (ENOENT)'
		],
		[
			'a directory that is no feed',
			{ 'dir.json': { hello: 1 }, 'profile.json': profile },
			'This is not an Open Referral feed'
		],
		[
			'a directory whose services all fail',
			{ 'dir.json': [{ id: 'x' }], 'profile.json': profile },
			'has no services that can be read'
		]
	])('exits 2 with one line for %s', (_, files, message) => {
		const { code, out, err } = run(ARGS, files);
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err).toContain(message);
		expect(err.split('\n')).toHaveLength(1);
	});
});

describe('the real CLI', () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-match-'));
	writeFileSync(join(dir, 'services.json'), JSON.stringify(services));
	writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
	const cli = (...argv: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/match.ts', ...argv], {
			encoding: 'utf8'
		});

	it('prints results as JSON on stdout', () => {
		const { status, stdout } = cli(
			'--directory',
			join(dir, 'services.json'),
			'--profile',
			join(dir, 'profile.json'),
			'--at',
			'2026-11-21T10:00:00Z',
			'--top',
			'1'
		);
		expect(status).toBe(0);
		expect(JSON.parse(stdout).results).toEqual([
			expect.objectContaining({ id: 'knit-and-natter-1', score: expect.any(Number) })
		]);
	});

	it('exits 2 on an --at without a zone', () => {
		const { status, stdout, stderr } = cli(
			'--directory',
			join(dir, 'services.json'),
			'--profile',
			join(dir, 'profile.json'),
			'--at',
			'2026-11-21T10:00'
		);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim()).toMatch(/^--at must be/);
	});
});

describe('the CLI output contract', () => {
	// Recorded by the CLI before words became a rendering step: formatting in English must
	// print the same reasons, cautions and labels, byte for byte once parsed.
	const { activities } = buildDemoDirectory(golden.demoDate);
	const directory = JSON.stringify({ activities });

	const persona = (key: string) => FIT_PERSONAS.find((p) => p.key === key)!;

	it.each(golden.cases.map((c) => [c.persona, c] as const))(
		'prints what it printed before for %s',
		(key, { output }) => {
			let printed = '';
			const code = runMatch(
				[
					'--directory',
					'dir.json',
					'--profile',
					'p.json',
					'--at',
					golden.at,
					'--top',
					String(golden.top)
				],
				{
					readFile: (path) =>
						path === 'dir.json' ? directory : JSON.stringify(persona(key).profile),
					out: (text) => (printed += text),
					err: () => {}
				}
			);
			expect(code).toBe(0);
			expect(JSON.parse(printed)).toEqual(output);
		}
	);
});
