/**
 * Offline first: after one visit to the start page, the whole journey works with no
 * connection, and a request made offline arrives exactly once when the phone is back online,
 * even through a server that fails its first posts. Each test runs the built app as its own
 * child process (`npm run test:e2e` builds first) so it can stop it: offline here means
 * `context.setOffline(true)` and the server stopped, so nothing can pass by reaching it.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, startProxy, storedRequests, type Failure } from './offline-server';
import * as m from '../../src/lib/paraglide/messages.js';
import { waitForServiceWorker } from './patient-helpers';
import { extraPort } from './port';

test.skip(!existsSync('build/index.js'), 'build/index.js is missing: run `npm run build` first');
test.setTimeout(120_000);

let dir: string;
test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'waymark-offline-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cacheSizes(page: Page) {
	return page.evaluate(async () => {
		const sizes: Record<string, { files: number; kb: number }> = {};
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			const requests = await cache.keys();
			let bytes = 0;
			for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
			sizes[name.replace(/-https?:.*$/, '')] = {
				files: requests.length,
				kb: Math.round(bytes / 102.4) / 10
			};
		}
		return sizes;
	});
}

async function askForLinkWorker(page: Page, name: string) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ask a link worker to contact you'
	);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Phone number').fill('07700 900123');
	await page.getByLabel(/I agree to a link worker/).check();
	await page.getByRole('button', { name: 'Send my request' }).click();
}

const continueOn = (page: Page) =>
	page.getByRole('button', { name: /^(Continue|See my activities)$/ }).click();

test('installable in Chromium: the manifest and the service worker pass its checks', async () => {
	const PORT = extraPort(301);
	const BASE = `http://127.0.0.1:${PORT}`;
	const app = await startApp(PORT, join(dir, 'waymark.db'), BASE);
	// Installability is never granted in an incognito context, which Playwright's are.
	const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
		...test.info().project.use.launchOptions,
		viewport: { width: 360, height: 740 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${BASE}/`);
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
		expect(manifestErrors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		await app.stop();
	}
});

test('after one visit the journey works offline, and an offline request arrives once', async ({
	page,
	context
}) => {
	const PORT = extraPort(298);
	const BASE = `http://127.0.0.1:${PORT}`;
	const databasePath = join(dir, 'waymark.db');
	let app = await startApp(PORT, databasePath, BASE);
	try {
		await page.goto(`${BASE}/`);
		await waitForServiceWorker(page);
		console.info(`Offline: caches after one visit ${JSON.stringify(await cacheSizes(page))}`);

		await app.stop();
		await context.setOffline(true);
		await page.reload();
		await page.getByRole('link', { name: 'Start now' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			'How have you been feeling'
		);
		await page.getByLabel('A bit low or lonely').check();
		await continueOn(page);
		await page.getByLabel('Meeting people').check();
		await continueOn(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('anything in particular');
		await continueOn(page);
		await page.getByLabel('Choose your area').selectOption({ index: 1 });
		await continueOn(page);
		for (const question of ['How far', 'When are you free', 'How much', 'A bit about you']) {
			await expect(page.getByRole('heading', { level: 1 })).toContainText(question);
			await continueOn(page);
		}
		const cards = page.locator('article.wm-card');
		await expect(cards.first()).toBeVisible();
		await expect(page.getByText(/List of activities updated/)).toBeVisible();

		// What an offline reload of the results costs, until the first result is drawn.
		const started = Date.now();
		await page.reload();
		await expect(cards.first()).toBeVisible();
		console.info(`Offline: results page reloaded to results in ${Date.now() - started} ms`);

		const first = cards.first().getByRole('heading', { level: 2 });
		const name = (await first.textContent())?.trim() ?? '';
		await first.getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await page.getByRole('button', { name: 'Save to my list' }).click();
		await expect(page.getByText('Saved to your list')).toBeVisible();

		await page.getByRole('link', { name: 'Ask a link worker to contact me' }).click();
		await askForLinkWorker(page, 'Offline Example');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Your requests to a link worker'
		);
		await expect(page.getByText('Waiting to send')).toBeVisible();
		expect(storedRequests(databasePath)).toHaveLength(0);

		app = await startApp(PORT, databasePath, BASE);
		await context.setOffline(false);
		const sent = page.getByText(/^Sent — reference WM-/);
		await expect(sent).toBeVisible({ timeout: 30_000 });
		const stored = storedRequests(databasePath);
		expect(stored).toHaveLength(1);
		expect(await sent.textContent()).toContain(stored[0].reference);
	} finally {
		await app.stop();
	}
});

test('a request still arrives once through 500s, dropped connections and a hung answer', async ({
	page
}) => {
	const [APP_PORT, PROXY_PORT] = [extraPort(299), extraPort(300)];
	const BASE = `http://127.0.0.1:${PROXY_PORT}`;
	const databasePath = join(dir, 'waymark.db');
	const failures: Failure[] = ['500', 'drop', 'hang', '500'];
	const app = await startApp(APP_PORT, databasePath, BASE);
	const proxy = await startProxy(PROXY_PORT, APP_PORT, failures);
	try {
		await page.goto(`${BASE}/`);
		await waitForServiceWorker(page);
		await page.getByRole('link', { name: 'Ask a link worker to contact me' }).click();
		await askForLinkWorker(page, 'Unlucky Example');
		await expect(page.getByText('Waiting to send')).toBeVisible();
		const sent = page.getByText(/^Sent — reference WM-/);
		await expect(sent).toBeVisible({ timeout: 90_000 });
		expect(failures).toEqual([]);
		const stored = storedRequests(databasePath);
		expect(stored).toHaveLength(1);
		expect(await sent.textContent()).toContain(stored[0].reference);
	} finally {
		proxy.closeAllConnections();
		proxy.close();
		await app.stop();
	}
});

test('a language chosen after the first visit works offline too', async ({ page, context }) => {
	const PORT = extraPort(303);
	const BASE = `http://127.0.0.1:${PORT}`;
	const app = await startApp(PORT, join(dir, 'waymark.db'), BASE);
	try {
		await page.goto(`${BASE}/`);
		await waitForServiceWorker(page);
		await page.getByRole('link', { name: 'Polski' }).click();
		await expect(page).toHaveURL(`${BASE}/pl`);
		// The page asks the worker to keep the journey in Polish; it is kept once the last page is.
		await expect
			.poll(async () => Object.keys(await cacheSizes(page)).length, { timeout: 30_000 })
			.toBeGreaterThan(0);
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						for (const name of await caches.keys()) {
							if (await (await caches.open(name)).match('/pl/offline')) return true;
						}
						return false;
					}),
				{ timeout: 30_000 }
			)
			.toBe(true);
	} finally {
		await app.stop();
	}
	await context.setOffline(true);
	await page.goto(`${BASE}/pl/questions/feeling`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		m.questions_feeling_title({}, { locale: 'pl' })
	);
	await page.goto(`${BASE}/pl/questions/nowhere-like-this`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});
