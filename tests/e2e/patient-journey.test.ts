import { expect, test } from '@playwright/test';
import {
	continueOn,
	expectAccessible,
	expectQuestion,
	heading,
	SCREENSHOTS,
	shoot
} from './patient-helpers';

// Screenshots at 1× keep full-page captures of long pages quick.
test.use({ deviceScaleFactor: 1 });

test('start → every question → results → activity → save → shortlist → print', async ({ page }) => {
	// Fifteen pages, each checked with axe and photographed twice: more than a default test's time.
	test.setTimeout(90_000);
	await page.goto('/');
	await expectAccessible(page);
	await shoot(page, '01-start');
	await page.getByRole('link', { name: 'Start now' }).click();

	await expectQuestion(page, 1, 'How have you been feeling lately?');
	await expect(heading(page)).toBeFocused();
	await page.getByLabel('A bit low or lonely').check();
	await expectAccessible(page);
	await shoot(page, '02-feeling');
	await continueOn(page);

	await expectQuestion(page, 2, 'What would you like to do or get help with?');
	await page.getByLabel('Meeting people').check();
	await page.getByLabel('Arts and crafts').check();
	await page.getByRole('button', { name: 'Move Arts and crafts up' }).click();
	await expect(page.getByText('Arts and crafts is now number 1')).toBeAttached();
	await expect(page.locator('.wm-order__item').first()).toContainText('Arts and crafts');
	await expectAccessible(page);
	await shoot(page, '03-interests');
	await continueOn(page);

	await expectQuestion(page, 3, 'anything in particular');
	await page.getByLabel('Anything in particular (optional)').fill('knitting');
	await expectAccessible(page);
	await shoot(page, '04-words');
	await continueOn(page);

	await expectQuestion(page, 4, 'Where will you travel from?');
	await page.getByLabel('Postcode').fill('ne4 6sh');
	await expectAccessible(page);
	await shoot(page, '05-where');
	await continueOn(page);

	await expectQuestion(page, 5, 'How far can you travel?');
	await page.getByLabel('Up to 3 km').check();
	await expectAccessible(page);
	await shoot(page, '06-distance');
	await continueOn(page);

	await expectQuestion(page, 6, 'When are you free?');
	await page.getByLabel('Weekends').check();
	await expect(page.getByLabel('Any time')).not.toBeChecked();
	await page.getByLabel('Let me choose days and times').check();
	await page.getByRole('group', { name: 'Tuesday' }).getByLabel('Morning').check();
	await expectAccessible(page);
	await shoot(page, '07-times');
	await continueOn(page);

	await expectQuestion(page, 7, 'How much can you pay?');
	await page.getByLabel('Only free things').check();
	await expectAccessible(page);
	await shoot(page, '08-cost');
	await continueOn(page);

	await expectQuestion(page, 8, 'A bit about you');
	await page.getByLabel('Step-free access (no stairs)').check();
	await page.getByLabel('How old are you?').fill('67');
	await page.getByRole('group', { name: 'Do you look after someone?' }).getByLabel('No').check();
	await page
		.getByRole('group', { name: /baby or a child under 5/ })
		.getByLabel('No')
		.check();
	await expectAccessible(page);
	await shoot(page, '09-about-you');
	await continueOn(page);

	await expect(heading(page)).toHaveText('Activities for you');
	const count = page.getByRole('heading', { level: 2, name: /activit(y fits|ies fit)/ });
	await expect(count).toBeVisible();
	const cards = page.locator('article.wm-card');
	await expect(cards.first()).toBeVisible();
	await expect(cards.first().getByRole('list', { name: 'Why it might suit you' })).toBeVisible();
	await expect(page.locator('.wm-summary')).toContainText('Arts and crafts, Meeting people');
	await expect(page.locator('.wm-summary')).toContainText('weekends, the times you chose');
	await page.getByText('Why these?').click();
	await expectAccessible(page);
	await shoot(page, '10-results');

	// Refine without starting again: any cost re-ranks at once and is kept.
	const before = await count.textContent();
	await page.getByText('Change distance, cost, times or interests').click();
	await page.getByRole('radio', { name: 'Cost does not matter' }).check();
	await expect(count).not.toHaveText(before ?? '');
	await expectAccessible(page);
	await shoot(page, '11-results-refine');

	// Search the whole directory.
	await page.locator('summary', { hasText: 'Search all activities' }).click();
	await page.getByLabel('Search all activities').fill('choir');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /found for “choir”/ })).toBeVisible();
	await shoot(page, '12-search');
	await page.getByRole('button', { name: 'Clear search' }).click();

	const first = cards.first().getByRole('heading', { level: 2 });
	const name = (await first.textContent())?.trim() ?? '';
	await first.getByRole('link').click();
	await expect(heading(page)).toHaveText(name);
	for (const section of ['What to expect', 'When', 'Where', 'Cost', 'Who it is for']) {
		await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
	}
	await expect(page.getByText(/Details last checked|do not know when/)).toBeVisible();
	await expectAccessible(page);
	await shoot(page, '13-activity');
	await page.getByRole('button', { name: 'Save to my list' }).click();
	await expect(page.getByText('Saved to your list')).toBeVisible();
	await page.getByRole('link', { name: 'View your saved activities' }).click();

	await expect(heading(page)).toHaveText('Your saved activities');
	await expect(page.getByRole('link', { name })).toBeVisible();
	await expectAccessible(page);
	await shoot(page, '14-shortlist');
	await page.getByRole('link', { name: 'Print or save as a PDF' }).click();

	await expect(heading(page)).toHaveText('My activities');
	await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Need help now?' })).toBeHidden();
	await page.screenshot({ path: `${SCREENSHOTS}/15-print.png`, fullPage: true });
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages).toHaveLength(1);
});
