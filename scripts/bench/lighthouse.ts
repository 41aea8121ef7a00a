/**
 * Lighthouse (mobile, its default) on the start page, a question and the results page of the
 * built app (`npm run build` first: this builds nothing), served on a spare port with a fresh
 * demo database. The results page is given its answers in the address's fragment, which never
 * reaches the server. Every page in every language. Targets: performance ≥ 95 (the results page,
 * with or without its map, ≥ 90), accessibility 100, best practices ≥ 95, and at most 60 KB of
 * JavaScript transferred for the start page.
 * Run with `npm run bench -- lighthouse`, or alone with `npx tsx scripts/bench/lighthouse.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startFakeTiles } from '../../tests/fakes/tiles.js';
import { baseLocale, locales } from '../../src/lib/paraglide/runtime.js';

export const TARGETS = {
	performance: 95,
	/** The results page ranks the directory on the phone, with or without its map. */
	resultsPerformance: 90,
	accessibility: 100,
	bestPractices: 95,
	startJsKb: 60
};

const PROFILE = {
	categories: ['meeting-people', 'arts-crafts'],
	text: 'knitting',
	origin: { lat: 54.9705, lng: -1.6406 },
	maxDistanceKm: 3
};
const JOURNEY: [string, string][] = [
	['start', '/'],
	['question', '/questions/interests'],
	['results', `/results#profile=${encodeURIComponent(JSON.stringify(PROFILE))}`],
	['results+map', `/results?view=map#profile=${encodeURIComponent(JSON.stringify(PROFILE))}`]
];
/** Every page in every language: English unprefixed, the others under /ur, /pl… */
const PAGES: [string, string][] = locales.flatMap((locale) =>
	JOURNEY.map(([name, path]): [string, string] =>
		locale === baseLocale
			? [name, path]
			: [`${name} (${locale})`, path === '/' ? `/${locale}` : `/${locale}${path}`]
	)
);

interface PageScore {
	name: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	jsKb: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Best-practice and accessibility audits that did not pass, to say what to fix. */
	failing: string[];
}

export async function runLighthouseBench(): Promise<string> {
	if (!existsSync('build/index.js')) return 'Skipped: build the app first (npm run build).';
	const dir = mkdtempSync(join(tmpdir(), 'waymark-lighthouse-'));
	const port = await sparePort();
	// Tiles from a local server, as a deployment's own would be: the bench needs no network.
	const tiles = await startFakeTiles();
	const server = startServer(port, join(dir, 'waymark.db'), tiles.template);
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	try {
		await waitUntilUp(`http://127.0.0.1:${port}/`);
		const scores: PageScore[] = [];
		for (const [name, path] of PAGES) {
			scores.push(await auditWithRetry(name, `http://127.0.0.1:${port}${path}`, chrome.port));
		}
		return table(scores);
	} finally {
		await chrome.kill();
		server.kill();
		await tiles.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Lighthouse now and then loses a navigation's start on a busy machine: one more try. */
async function auditWithRetry(name: string, url: string, port: number): Promise<PageScore> {
	try {
		return await audit(name, url, port);
	} catch (error) {
		if (!String(error).includes('NO_NAVSTART')) throw error;
		return audit(name, url, port);
	}
}

async function audit(name: string, url: string, port: number): Promise<PageScore> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { categories, audits, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code}`);
	const requests = (audits['network-requests']?.details as { items?: NetworkItem[] })?.items ?? [];
	const jsBytes = requests
		.filter((r) => r.resourceType === 'Script')
		.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const failing = ['best-practices', 'accessibility'].flatMap((id) =>
		(categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => ref.id)
	);
	return {
		name,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		jsKb: Math.round(jsBytes / 102.4) / 10,
		lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
		tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
		cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
		failing
	};
}

interface NetworkItem {
	resourceType?: string;
	transferSize?: number;
}

function table(scores: PageScore[]): string {
	const rows = scores.map(
		(s) =>
			`| ${s.name.padEnd(18)} | ${String(s.performance).padStart(11)} | ${String(s.accessibility).padStart(13)} | ${String(s.bestPractices).padStart(14)} | ${String(s.jsKb).padStart(8)} | ${String(s.lcpMs).padStart(6)} | ${String(s.tbtMs).padStart(6)} | ${String(s.cls).padStart(5)} |`
	);
	const isResults = (s: PageScore) => s.name.startsWith('results');
	const ok = scores.every(
		(s) =>
			s.performance >= (isResults(s) ? TARGETS.resultsPerformance : TARGETS.performance) &&
			s.accessibility >= TARGETS.accessibility &&
			s.bestPractices >= TARGETS.bestPractices &&
			(!s.name.startsWith('start') || s.jsKb <= TARGETS.startJsKb)
	);
	return [
		'| page               | performance | accessibility | best practices | JS (KB) | LCP ms | TBT ms |   CLS |',
		'| ------------------ | ----------- | ------------- | -------------- | -------- | ------ | ------ | ----- |',
		...rows,
		'',
		...scores.filter((s) => s.failing.length).map((s) => `${s.name}: ${s.failing.join(', ')}`),
		`Targets: performance ≥ ${TARGETS.performance} (results ≥ ${TARGETS.resultsPerformance}), accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS.bestPractices}, start-page JS ≤ ${TARGETS.startJsKb} KB, in every language: ${ok ? 'met' : 'NOT met'}.`
	].join('\n');
}

function startServer(port: number, databasePath: string, tileUrl: string): ChildProcess {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
	env.TILE_URL = tileUrl;
	env.DATABASE_PATH = databasePath;
	delete env.DATABASE_URL;
	return spawn(process.execPath, ['scripts/start.js', '--seed-if-empty'], {
		env,
		stdio: 'ignore'
	});
}

function sparePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

async function waitUntilUp(url: string, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The app did not start at ${url}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.log(await runLighthouseBench());
}
