import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectQuestion, heading, SCREENSHOTS, tabTo } from './patient-helpers';

const PROFILE = {
	categories: ['meeting-people'],
	origin: { lat: 54.9705, lng: -1.6406 },
	maxDistanceKm: 3
};
const RESULTS = `/results#profile=${encodeURIComponent(JSON.stringify(PROFILE))}`;
const QUESTIONS = [
	'feeling',
	'interests',
	'words',
	'where',
	'distance',
	'times',
	'cost',
	'about-you'
];

const focusIsVisible = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.activeElement as Element);
		return [style.backgroundColor, style.boxShadow, style.outlineColor].some((c) =>
			c.includes('255, 235, 59')
		);
	});

test('a keyboard-only walk from the start to a saved activity', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, page.getByRole('link', { name: 'Start now' }));
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Enter');

	await expectQuestion(page, 1, 'How have you been feeling');
	await tabTo(page, page.getByLabel('Good'));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('OK', { exact: true })).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Continue' }));
	await page.keyboard.press('Enter');

	await expectQuestion(page, 2, 'What would you like');
	await tabTo(page, page.getByLabel('Meeting people'));
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Meeting people')).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Continue' }));
	await page.keyboard.press('Enter');

	await expectQuestion(page, 3, 'anything in particular');
	await tabTo(page, page.getByLabel('Anything in particular (optional)'));
	await page.keyboard.type('coffee');
	await tabTo(page, page.getByRole('button', { name: 'Continue' }));
	await page.keyboard.press('Enter');

	await expectQuestion(page, 4, 'Where will you travel from?');
	await tabTo(page, page.getByLabel('Postcode'));
	await page.keyboard.type('NE4 5QT');
	await page.keyboard.press('Enter');

	for (const n of [5, 6, 7, 8]) {
		await expectQuestion(page, n, /./);
		await tabTo(page, page.getByRole('button', { name: 'Skip this question' }));
		expect(await focusIsVisible(page)).toBe(true);
		await page.keyboard.press('Enter');
	}

	await expect(heading(page)).toHaveText('Activities for you');
	const firstLink = page.locator('article.wm-card h2 a').first();
	await expect(firstLink).toBeVisible();
	const name = (await firstLink.textContent())?.trim() ?? '';
	await tabTo(page, firstLink, 120);
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText(name);
	await expect(heading(page)).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: 'Save to my list' }), 120);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Saved to your list')).toBeVisible();
});

/** Every patient page, with what it needs to show its real content (saved answers, an activity). */
async function everyPatientPage(page: Page, visit: (path: string) => Promise<void>) {
	await page.goto(RESULTS);
	await expect(page.locator('article.wm-card').first()).toBeVisible();
	const activity = await page.locator('article.wm-card h2 a').first().getAttribute('href');
	await page.locator('article.wm-card').first().getByRole('button', { name: /^Save/ }).click();
	const paths = [
		'/',
		'/help-now',
		...QUESTIONS.map((q) => `/questions/${q}`),
		RESULTS,
		activity ?? '/',
		'/shortlist',
		'/shortlist/print',
		'/your-answers',
		'/your-requests',
		'/ask',
		'/ask/sent?reference=WM-2K3Q9',
		'/offline'
	];
	for (const path of paths) await visit(path);
}

const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

async function settle(page: Page, path: string) {
	await page.goto(path);
	await expect(heading(page)).toBeVisible();
	await expect(page.getByText('Loading…')).toHaveCount(0);
	if (path === '/questions/times') {
		await page.getByLabel('Let me choose days and times').check();
	}
}

test('nothing scrolls sideways at 320 px, on any patient page', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await everyPatientPage(page, async (path) => {
		await settle(page, path);
		expect(await scrollsSideways(page), path).toBe(false);
	});
	await page.goto(RESULTS);
	await page.locator('article.wm-card h2 a').first().click();
	await expect(page.getByRole('heading', { name: 'What to expect' })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/30-activity-320.png`, fullPage: true });
});

test('nothing scrolls sideways with text at 200%, on any patient page', async ({ page }) => {
	// Text made twice as big (WCAG 1.4.4), not the whole page zoomed: the NHS styles are in rem.
	await page.setViewportSize({ width: 320, height: 640 });
	// A style attribute, as the pages' CSP allows no injected style sheet.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			document.documentElement.style.fontSize = '200%';
		});
	});
	await everyPatientPage(page, async (path) => {
		await settle(page, path);
		expect(await scrollsSideways(page), path).toBe(false);
	});
	await page.goto(RESULTS);
	await expect(page.locator('article.wm-card').first()).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/32-text200-results.png` });
});

test('every link in the header and footer is at least 24 by 24 pixels', async ({ page }) => {
	for (const path of ['/', RESULTS, '/ask']) {
		await page.goto(path);
		for (const link of await page.locator('header a, footer a').all()) {
			if (!(await link.isVisible())) continue;
			const box = (await link.boundingBox())!;
			const name = await link.textContent();
			expect(box.width, `${path}: ${name}`).toBeGreaterThanOrEqual(24);
			expect(box.height, `${path}: ${name}`).toBeGreaterThanOrEqual(24);
		}
	}
});

test.describe('at 200% zoom', () => {
	// 200% zoom of a 1280 × 800 window: a 640 × 400 CSS viewport at twice the pixel density.
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

	test('pages reflow without sideways scrolling', async ({ page }) => {
		for (const [path, name] of [
			['/', 'start'],
			['/questions/interests', 'interests'],
			[RESULTS, 'results']
		]) {
			await page.goto(path);
			await expect(heading(page)).toBeVisible();
			await expect(page.getByText('Loading…')).toHaveCount(0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)).toBe(
				false
			);
			await page.screenshot({ path: `${SCREENSHOTS}/31-zoom200-${name}.png` });
		}
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('pages keep AA contrast', async ({ page }) => {
		for (const [path, name] of [
			['/', 'start'],
			['/questions/interests', 'interests'],
			['/questions/where', 'where'],
			[RESULTS, 'results']
		]) {
			await page.goto(path);
			await expect(heading(page)).toBeVisible();
			await expect(page.getByText('Loading…')).toHaveCount(0);
			await expectAccessible(page);
			await page.screenshot({ path: `${SCREENSHOTS}/40-dark-${name}-360.png`, fullPage: true });
		}
		await page.locator('article.wm-card h2 a').first().click();
		await expect(page.getByRole('heading', { name: 'What to expect' })).toBeVisible();
		await expectAccessible(page);
		await page.screenshot({ path: `${SCREENSHOTS}/40-dark-activity-360.png`, fullPage: true });
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(RESULTS);
		await expect(page.locator('article.wm-card').first()).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/40-dark-results-1280.png`, fullPage: true });
	});
});
