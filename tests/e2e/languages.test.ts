/**
 * The patient journey in Urdu (right to left) and Polish, read from the same message files the
 * app renders, so a missing or wrong translation fails here: every question, results, an
 * activity, the shortlist and its printout, a request and the urgent-help page, each checked
 * with axe and photographed at 360 × 740. And the language switch keeps the person's place.
 */
import { expect, test, type Page } from '@playwright/test';
import * as m from '../../src/lib/paraglide/messages.js';
import { expectAccessible, heading, SCREENSHOTS } from './patient-helpers';

type Locale = 'en' | 'ur' | 'pl';

test.use({ deviceScaleFactor: 1 });

/** Bidirectional isolates (FSI…PDI) wrap names in RTL sentences: invisible, not in the words. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '').trim();

async function photograph(page: Page, locale: Locale, name: string) {
	await page.screenshot({ path: `${SCREENSHOTS}/lang-${locale}-${name}-360.png`, fullPage: true });
}

async function expectLanguage(page: Page, locale: Locale) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr');
}

/** Every internal link of the page stays in the page's language. */
async function expectLinksIn(page: Page, locale: Locale) {
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	const others = hrefs.filter(
		(href) =>
			!href.startsWith(`/${locale}`) &&
			!href.startsWith('/language/') &&
			!href.startsWith('/_app/') &&
			!/\.(?:csv|json|ics|png|svg|webmanifest)$/.test(href)
	);
	expect(others, 'links that leave the language').toEqual([]);
}

async function question(page: Page, locale: Locale, n: number, title: string) {
	await expect(heading(page)).toContainText(title, { timeout: 10_000 });
	await expect(heading(page)).toContainText(m.questions_progress({ n, total: 8 }, { locale }));
	await expectLanguage(page, locale);
	await expectAccessible(page);
	await expectLinksIn(page, locale);
	await photograph(page, locale, `q${n}`);
}

async function next(page: Page, locale: Locale, last = false) {
	const name = last
		? m.questions_see_results({}, { locale })
		: m.questions_continue({}, { locale });
	await page.getByRole('button', { name, exact: true }).click();
}

for (const locale of ['ur', 'pl'] as const) {
	const t = (message: (inputs: never, options: { locale: Locale }) => string) =>
		message({} as never, { locale });

	test(`the whole journey in ${locale}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`/${locale}`);
		await expectLanguage(page, locale);
		await expectAccessible(page);
		await expectLinksIn(page, locale);
		await photograph(page, locale, 'start');
		await page.getByRole('link', { name: t(m.home_start) }).click();

		await question(page, locale, 1, t(m.questions_feeling_title));
		await page.getByLabel(t(m.questions_feeling_options_low)).check();
		await next(page, locale);

		await question(page, locale, 2, t(m.questions_interests_title));
		await page.getByLabel(t(m.questions_categories_meeting_people_label), { exact: true }).check();
		await next(page, locale);

		await expect(heading(page)).toContainText(m.questions_progress({ n: 3, total: 8 }, { locale }));
		await expectAccessible(page);
		await photograph(page, locale, 'q3');
		await next(page, locale);

		await question(page, locale, 4, t(m.questions_where_title));
		await page.getByLabel(t(m.questions_where_postcode), { exact: true }).fill('ne4 6sh');
		await next(page, locale);

		await question(page, locale, 5, t(m.questions_distance_title));
		await page.getByLabel(m.questions_distance_km({ n: '3' }, { locale })).check();
		await next(page, locale);

		await question(page, locale, 6, t(m.questions_times_title));
		await next(page, locale);

		await question(page, locale, 7, t(m.questions_cost_title));
		await page.getByLabel(t(m.questions_cost_options_free)).check();
		await next(page, locale);

		await question(page, locale, 8, t(m.questions_about_you_title));
		await next(page, locale, true);

		await expect(heading(page)).toHaveText(t(m.results_title));
		await expectLanguage(page, locale);
		const count = page.locator('h2', { hasText: /\d/ }).first();
		await expect(count).toBeVisible();
		const n = Number(plain(await count.textContent()).match(/\d+/)?.[0]);
		expect(plain(await count.textContent())).toBe(m.results_count({ count: n }, { locale }));
		const cards = page.locator('article.wm-card');
		await expect(cards.first()).toBeVisible();
		await expectAccessible(page);
		await expectLinksIn(page, locale);
		await photograph(page, locale, 'results');

		const first = cards.first().getByRole('heading', { level: 2 });
		const name = plain(await first.textContent());
		await first.getByRole('link').click();
		await expect(heading(page)).toHaveText(name);
		await expect(page).toHaveURL(new RegExp(`/${locale}/activity/`));
		// The group's own words stay as written, marked as English for screen readers.
		await expect(heading(page).locator('[lang="en"]')).toHaveText(name);
		await expect(page.locator('main p.nhsuk-body-l')).toHaveAttribute('lang', 'en');
		await expectLanguage(page, locale);
		await expectAccessible(page);
		await expectLinksIn(page, locale);
		await photograph(page, locale, 'activity');
		await page.getByRole('button', { name: t(m.activity_save) }).click();
		await expect(page.getByText(t(m.activity_saved))).toBeVisible();
		await page.getByRole('link', { name: t(m.activity_view_shortlist) }).click();

		await expect(heading(page)).toHaveText(t(m.shortlist_title));
		await expect(page.getByRole('link', { name })).toBeVisible();
		await expectAccessible(page);
		await expectLinksIn(page, locale);
		await photograph(page, locale, 'shortlist');
		await page.getByRole('link', { name: t(m.shortlist_print) }).click();

		await expect(heading(page)).toHaveText(t(m.shortlist_print_title));
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		await expectLanguage(page, locale);
		await expectAccessible(page);
		await page.emulateMedia({ media: 'print' });
		await photograph(page, locale, 'print');
		await page.emulateMedia({ media: 'screen' });

		// A request, sent in this language, with its receipt in it too.
		await page.goto(`/${locale}`);
		await page
			.getByRole('link', { name: t(m.request_link) })
			.first()
			.click();
		await expect(heading(page)).toHaveText(t(m.request_title));
		await expectLanguage(page, locale);
		await page.getByLabel(t(m.request_practice), { exact: true }).selectOption('A00001');
		await page.getByLabel(t(m.request_name), { exact: true }).fill('Ala Nowak');
		await page.getByRole('button', { name: t(m.request_send) }).click();
		// Told what is missing, in this language.
		await expect(page.locator('.nhsuk-error-summary')).toContainText(t(m.request_error_consent));
		await page.getByLabel(t(m.request_phone), { exact: true }).fill('07700 900123');
		await page.getByLabel(t(m.request_consent)).check();
		await expectAccessible(page);
		await photograph(page, locale, 'request');
		await page.getByRole('button', { name: t(m.request_send) }).click();
		await expect(heading(page)).toHaveText(t(m.request_sent_title));
		await expectLanguage(page, locale);
		await expectAccessible(page);
		await photograph(page, locale, 'request-sent');

		await page
			.getByRole('link', { name: t(m.app_help_now) })
			.first()
			.click();
		await expect(heading(page)).toHaveText(t(m.help_now_title));
		await expect(page).toHaveURL(new RegExp(`/${locale}/help-now`));
		await expect(page.getByText('999').first()).toBeVisible();
		await expectAccessible(page);
		await photograph(page, locale, 'help-now');
	});
}

test('the language switch keeps the page and the answers', async ({ page }) => {
	await page.goto('/questions/words');
	const words = page.getByLabel('Anything in particular (optional)');
	await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
	await words.fill('knitting');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(heading(page)).toContainText('Question 4 of 8');
	await page.goto('/questions/words');

	await page.getByRole('link', { name: 'Polski' }).click();
	await expect(page).toHaveURL(/\/pl\/questions\/words$/);
	await expectLanguage(page, 'pl');
	await expect(heading(page)).toContainText(
		m.questions_progress({ n: 3, total: 8 }, { locale: 'pl' })
	);
	await expect(page.locator('input[type="text"], textarea').first()).toHaveValue('knitting');

	// Remembered on the device: an English address now opens in Polish.
	await page.goto('/your-answers');
	await expect(page).toHaveURL(/\/pl\/your-answers$/);

	await page.getByRole('link', { name: 'اردو' }).click();
	await expect(page).toHaveURL(/\/ur\/your-answers$/);
	await expectLanguage(page, 'ur');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/your-answers$/);
	await expectLanguage(page, 'en');
});

test('Polish words a count of 1, 2 and 5 each its own way', async ({ page, request }) => {
	// Words from the directory's own names, searched until the page finds 1, 2 and 5.
	const directory = await (await request.get('/api/directory')).json();
	const names: string[] = (directory.activities ?? []).map((a: { name: string }) => a.name);
	const frequency = new Map<string, number>();
	for (const name of names) {
		for (const word of new Set(name.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) {
			frequency.set(word, (frequency.get(word) ?? 0) + 1);
		}
	}
	const candidates = [...frequency].sort((a, b) => a[1] - b[1]).map(([word]) => word);

	await page.goto('/pl/results#profile=' + encodeURIComponent(JSON.stringify({ categories: [] })));
	await page.locator('summary', { hasText: m.results_search({}, { locale: 'pl' }) }).click();
	const box = page.getByLabel(m.results_search({}, { locale: 'pl' }), { exact: true });
	const found = page.getByRole('heading', { level: 2, name: /„/ });
	const wanted = new Map<number, string>();
	for (const word of candidates) {
		if (wanted.size === 3) break;
		await box.fill(word);
		await page
			.getByRole('button', { name: m.results_search_button({}, { locale: 'pl' }), exact: true })
			.click();
		await expect(found).toBeVisible();
		const text = plain(await found.textContent());
		const n = Number(text.match(/\d+/)?.[0]);
		if ([1, 2, 5].includes(n) && !wanted.has(n)) wanted.set(n, text);
		if (wanted.has(n))
			expect(text).toBe(m.results_search_found({ count: n, query: word }, { locale: 'pl' }));
	}
	expect([...wanted.keys()].sort()).toEqual([1, 2, 5]);
	expect(wanted.get(1)).toMatch(/ wynik dla/);
	expect(wanted.get(2)).toMatch(/ wyniki dla/);
	expect(wanted.get(5)).toMatch(/ wyników dla/);
});

test('a practice link opens in its language, or in the one the person chose', async ({ page }) => {
	await page.goto('/ur/r/A00001');
	await expect(page).toHaveURL(/\/ur$/);
	await expectLanguage(page, 'ur');
	await page.getByRole('link', { name: 'Polski' }).click();
	await expect(page).toHaveURL(/\/pl$/);
	// The QR code on the poster carries no language: the phone's choice wins.
	await page.goto('/r/A00001');
	await expect(page).toHaveURL(/\/pl$/);
	await expectLanguage(page, 'pl');
});

test('a search in Polish or Urdu means what it says', async ({ page }) => {
	for (const [locale, words] of [
		['pl', 'spacer w sobotę'],
		['ur', 'سیر ہفتہ']
	] as const) {
		await page.goto(`/${locale}/results#profile=` + encodeURIComponent('{"categories":[]}'));
		await page.locator('summary', { hasText: m.results_search({}, { locale }) }).click();
		await page.getByLabel(m.results_search({}, { locale }), { exact: true }).fill(words);
		await page
			.getByRole('button', { name: m.results_search_button({}, { locale }), exact: true })
			.click();
		const shown = page.locator('.wm-filters');
		await expect(shown).toContainText(m.questions_categories_being_active_label({}, { locale }));
		await expect(page.locator('article.wm-card').first()).toBeVisible();
		await expect(
			page.getByText(m.results_search_nothing({ query: words }, { locale }))
		).toHaveCount(0);
	}
});

test('only a page the person opens remembers its language, never a background copy', async ({
	request
}) => {
	const background = await request.get('/ur/questions/feeling', {
		headers: { 'sec-fetch-dest': 'empty' },
		maxRedirects: 0
	});
	expect(background.status()).toBe(200);
	expect(background.headers()['set-cookie'] ?? '').not.toMatch(/PARAGLIDE_LOCALE=ur/);
	const opened = await request.get('/ur/questions/feeling', {
		headers: { 'sec-fetch-dest': 'document' },
		maxRedirects: 0
	});
	expect(opened.headers()['set-cookie'] ?? '').toMatch(/PARAGLIDE_LOCALE=ur/);
});
