// Results that fit the person: who an activity is for, when they are free, crisis words
// wherever they type, and coming back to the same place in the list.
import { expect, test } from '@playwright/test';
import {
	continueOn,
	expectAccessible,
	expectQuestion,
	heading,
	openQuestion,
	SCREENSHOTS
} from './patient-helpers';

const ELSWICK = { lat: 54.966, lng: -1.643 };
const results = (profile: object) =>
	`/results#profile=${encodeURIComponent(JSON.stringify(profile))}`;
const cards = (page: import('@playwright/test').Page) => page.locator('article.wm-card');

test('cards say who an activity is for, and groups a person is outside never show', async ({
	page
}) => {
	await page.goto(results({ categories: ['families'], origin: ELSWICK }));
	await expect(cards(page).first()).toBeVisible();
	await expect(
		page.locator('.wm-card__audience', { hasText: 'Parents and under-5s' }).first()
	).toBeVisible();
	await expectAccessible(page);

	// The same person says they have no young children and want men-only groups, not women's.
	await openQuestion(page, 'about-you');
	await page
		.getByRole('group', { name: /baby or a child under 5/ })
		.getByLabel('No')
		.check();
	await page.getByLabel('Groups for men, but not groups for women only').check();
	await expectAccessible(page);
	await continueOn(page);
	await expect(heading(page)).toHaveText('Activities for you');
	await page.getByRole('button', { name: 'Show more' }).click();
	const tags = page.locator('.wm-card__audience');
	await expect(tags.filter({ hasText: 'Men only' }).first()).toBeVisible();
	await expect(tags.filter({ hasText: /Women only|Parents and under-5s/ })).toHaveCount(0);
	await page.screenshot({ path: `${SCREENSHOTS}/50-audience-360.png` });
});

test('weekday evenings and weekends: results that run then come first, the rest apart', async ({
	page
}) => {
	await page.goto(results({ categories: ['being-active'], origin: ELSWICK, maxDistanceKm: 5 }));
	await expect(cards(page).first()).toBeVisible();
	await openQuestion(page, 'times');
	await expectQuestion(page, 6, 'When are you free?');
	await page.getByLabel('Weekday evenings').check();
	await page.getByLabel('Weekends').check();
	await expect(page.getByLabel('Any time')).not.toBeChecked();
	await openQuestion(page, 'about-you');
	await continueOn(page);

	await expect(heading(page)).toHaveText('Activities for you');
	await expect(page.locator('.wm-summary')).toContainText('weekday evenings, weekends');
	const fitting = page.locator('ol[aria-labelledby="result-count"] article.wm-card');
	await expect(fitting.first()).toBeVisible();
	const count = Number((await page.locator('#result-count').textContent())?.match(/\d+/)?.[0]);
	expect(count).toBeGreaterThan(0);
	for (const card of await fitting.all()) {
		await expect(card).toContainText(
			/(Weekday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday).*when you're free|Ask the group for dates/
		);
		await expect(card).not.toContainText("Not at the times you said you're free");
	}
	const later = page.getByRole('heading', { level: 2, name: 'At other times' });
	for (let i = 0; i < 6 && !(await later.isVisible()); i++) {
		await page.getByRole('button', { name: 'Show more' }).click();
	}
	await expect(later).toBeVisible();
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/51-times-360.png`, fullPage: true });

	// The refine panel offers times too.
	await page.getByText('Change distance, cost, times or interests').click();
	await page.getByRole('group', { name: 'When you are free' }).getByLabel('Any time').check();
	await expect(page.getByRole('heading', { level: 2, name: 'At other times' })).toHaveCount(0);
});

test('crisis words in a person’s own words or a search show urgent help at once, and block nothing', async ({
	page
}) => {
	await openQuestion(page, 'words');
	const panel = page.getByTestId('crisis-panel');
	await expect(panel).toHaveCount(0);
	await page.getByLabel('Anything in particular (optional)').fill("I feel like I can't go on");
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('116 123');
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/52-crisis-words-360.png` });
	await continueOn(page);
	await expectQuestion(page, 4, 'Where will you travel from?');

	await page.goto(results({ categories: ['meeting-people'], origin: ELSWICK }));
	await page.locator('summary', { hasText: 'Search all activities' }).click();
	await page.getByLabel('Search all activities').fill('suicidal');
	await expect(panel).toBeVisible();
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: /Nothing close to “suicidal”/ })
	).toBeVisible();
	await expect(panel).toBeVisible();
	await expectAccessible(page);
});

test('a search reads the directory’s own words, and says when nothing is close', async ({
	page
}) => {
	await page.goto(results({ categories: ['meeting-people'], origin: ELSWICK }));
	await page.locator('summary', { hasText: 'Search all activities' }).click();
	const search = page.getByLabel('Search all activities');
	await search.fill('chess');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: 'Nothing close to “chess”. Here is what is near you.'
		})
	).toBeVisible();
	await search.fill('wheelchair');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page.locator('.wm-filters')).toContainText('step-free places');
	await search.fill("men's shed");
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(cards(page).first()).toContainText("Men's Shed");
	await expectAccessible(page);
});

test('back from an activity, by its link or the browser, keeps the list and the place in it', async ({
	page
}) => {
	await page.goto(results({ categories: ['meeting-people'], origin: ELSWICK, maxDistanceKm: 10 }));
	await expect(cards(page).first()).toBeVisible();
	await page.getByRole('button', { name: 'Show more' }).click();
	await expect(cards(page)).toHaveCount(20);
	const target = cards(page).nth(14);
	await target.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => window.scrollY);
	expect(before).toBeGreaterThan(1000);
	const name = (await target.getByRole('heading').textContent())?.trim() ?? '';
	await target.getByRole('link').click();
	await expect(heading(page)).toHaveText(name);

	await page.goBack();
	await expect(cards(page)).toHaveCount(20);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);

	await cards(page).nth(14).getByRole('link').click();
	await expect(heading(page)).toHaveText(name);
	await page.getByRole('link', { name: 'Back to your results' }).click();
	await expect(cards(page)).toHaveCount(20);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
});

test('distances in miles, when the person chooses, everywhere they are shown', async ({ page }) => {
	await page.goto(results({ categories: ['meeting-people'], origin: ELSWICK, maxDistanceKm: 3 }));
	await expect(cards(page).first()).toBeVisible();
	await openQuestion(page, 'distance');
	await page.getByLabel('Miles').check();
	await expect(page.getByLabel('Up to 2 miles')).toBeChecked();
	await page.getByLabel('Up to 1 mile', { exact: true }).check();
	await openQuestion(page, 'about-you');
	await continueOn(page);
	await expect(page.locator('.wm-summary')).toContainText('within 1 mile');
	await expect(cards(page).first()).toContainText(/\d(\.\d)? miles? away/);
	await expect(cards(page).first()).not.toContainText('km away');
});
