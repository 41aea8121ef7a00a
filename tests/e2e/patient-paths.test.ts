import { expect, test } from '@playwright/test';
import {
	continueOn,
	expectAccessible,
	expectQuestion,
	heading,
	openQuestion,
	shoot
} from './patient-helpers';

test('"I feel unsafe or in crisis" goes to urgent help, never to results', async ({ page }) => {
	await openQuestion(page, 'feeling');
	await page.getByLabel('I feel unsafe or in crisis').check();
	await expect(
		page.getByText('We will show you who to contact for help straight away.')
	).toBeVisible();
	await continueOn(page);
	await expect(heading(page)).toHaveText('Get help now');
	await expect(page.getByRole('link', { name: /116 123/ })).toHaveAttribute('href', 'tel:116123');
	await expect(page.getByRole('link', { name: /SHOUT/ })).toHaveAttribute('href', /^sms:85258/);
	await expectAccessible(page);
	await shoot(page, '20-crisis');
	// Even going straight to the results leads to urgent help.
	await page.goto('/results');
	await expect(heading(page)).toHaveText('Get help now');
	// A wrong tap can be put right.
	await page.getByRole('link', { name: /wrong answer/ }).click();
	await page.getByLabel('OK').check();
	await continueOn(page);
	await expectQuestion(page, 2, 'What would you like');
});

test('a wrong or unknown postcode gets a clear message and a way on', async ({ page }) => {
	await openQuestion(page, 'where');
	await continueOn(page);
	await expect(page.getByRole('alert')).toContainText('Enter a postcode, or choose your area');

	await page.getByLabel('Postcode').fill('hello');
	await continueOn(page);
	await expect(page.getByRole('alert')).toContainText('Enter a full postcode, like NE4 6SH');

	await page.getByLabel('Postcode').fill('NE4 9ZZ');
	await continueOn(page);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText("We couldn't find that postcode");
	await expect(summary).toBeFocused();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByText('choose your area from the list instead, or skip')).toBeVisible();
	await expectAccessible(page);
	await shoot(page, '21-postcode-error');
	await summary.getByRole('link').click();
	await expect(page.getByLabel('Postcode')).toBeFocused();

	// A way on: the area list.
	await page.getByLabel('Choose your area').selectOption('Elswick');
	await expect(page.getByText('We will use: Elswick')).toBeVisible();
	await continueOn(page);
	await expectQuestion(page, 5, 'How far can you travel?');
});

test('a reload mid-questionnaire keeps the answers', async ({ page }) => {
	await openQuestion(page, 'interests');
	await page.getByLabel('Being active').check();
	await page.getByLabel('Money').check();
	await continueOn(page);
	await page.getByLabel('Anything in particular (optional)').fill('walking football');
	await page.reload();
	await expect(page.getByLabel('Anything in particular (optional)')).toHaveValue(
		'walking football'
	);
	await page.getByRole('link', { name: 'Back' }).click();
	await expect(page.getByRole('checkbox', { name: 'Being active' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Money' })).toBeChecked();
	await expect(page.locator('.wm-order__item')).toHaveText([/Being active/, /Money/]);
});

test('"delete my answers" clears them, and the shortlist only when asked', async ({ page }) => {
	await openQuestion(page, 'cost');
	await page.getByLabel('Only free things').check();
	await continueOn(page);
	await expectQuestion(page, 8, 'A bit about you');
	await page.goto('/your-answers');
	await expect(page.getByRole('definition').filter({ hasText: 'Only free things' })).toBeVisible();
	await expectAccessible(page);
	await shoot(page, '22-your-answers');
	await page.getByRole('button', { name: 'Delete my answers' }).click();
	await expect(page.getByRole('status')).toContainText('Your answers have been deleted');
	await openQuestion(page, 'cost');
	await expect(page.getByLabel('Only free things')).not.toBeChecked();
});

test('a practice link remembers the practice and opens the start page', async ({ page }) => {
	await page.goto('/r/A00001');
	await expect(page).toHaveURL('/');
	await expect(heading(page)).toHaveText('Find activities and support near you');
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<unknown>((resolve) => {
					// Not there yet (the page has not opened its database): never create it here.
					const open = indexedDB.open('waymark');
					open.onupgradeneeded = () => open.transaction?.abort();
					open.onerror = () => resolve(null);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains('settings')) {
							db.close();
							resolve(null);
							return;
						}
						const get = db.transaction('settings').objectStore('settings').get('practice');
						get.onsuccess = () => {
							db.close();
							resolve(get.result?.value ?? null);
						};
					};
				})
		);
	await expect.poll(stored).toBe('A00001');
	await page.goto('/r/Z99999');
	await expect(page).toHaveURL('/');
	expect(await stored()).toBe('A00001');
	await page.goto('/help-now?practice=A00002');
	await expect(page).toHaveURL('/help-now');
	await expect.poll(stored).toBe('A00002');
});

test('the postcode endpoint answers as DESIGN.md says', async ({ request }) => {
	const found = await request.get('/api/postcode/NE46SH');
	expect(found.status()).toBe(200);
	expect(await found.json()).toEqual({
		postcode: 'NE4 6SH',
		lat: 54.9705,
		lng: -1.6406,
		district: 'NE4'
	});
	expect(found.headers()['cache-control']).toMatch(/private/);
	expect((await request.get('/api/postcode/NE49ZZ')).status()).toBe(404);
	expect((await request.get('/api/postcode/hello')).status()).toBe(400);
});

test('when few fit, a button widens the search without starting again', async ({ page }) => {
	const profile = {
		categories: ['memory-dementia'],
		origin: { lat: 55.003, lng: -1.647 },
		maxDistanceKm: 1
	};
	await page.goto(`/results#profile=${encodeURIComponent(JSON.stringify(profile))}`);
	const count = page.locator('#result-count');
	await expect(count).toHaveText(/^\d+ activit/);
	const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
	const hint = page.locator('.wm-thin__hint', { hasText: 'a little further away' });
	await expect(hint).toBeVisible();
	await expectAccessible(page);
	await shoot(page, '23-thin-results');
	const extra = Number((await hint.textContent())?.match(/(\d+) more/)?.[1]);
	const widen = hint.getByRole('button', { name: /^Show up to \d+ km$/ });
	await widen.click();
	await expect(count).toHaveText(new RegExp(`^${before + extra} activities`));
	await expect(page).not.toHaveURL(/questions/);
});
