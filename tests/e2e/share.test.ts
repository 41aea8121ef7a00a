/**
 * Sharing and the calendar: a saved list shared as a link (by copying it, or by selecting it
 * where the phone can neither share nor copy) and opened on another phone, which shows the
 * same activities from its own copy of the directory, names what it no longer lists and saves
 * them without duplicates; and an activity's next session as a calendar file, read back with
 * ical.js, in London time with its reminder, made on the phone even offline.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readCalendar } from '../../src/lib/calendar/testing/read-calendar';
import { E2E_ORIGIN } from './port';
import { expectAccessible, heading, SCREENSHOTS, waitForServiceWorker } from './patient-helpers';

test.use({ deviceScaleFactor: 1 });

const KNIT = 'Knit and natter';
const CHOIR = 'Community choir';
const ANXIETY = 'Anxiety support group';
/** A well-formed id that no listing has. */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PHONE = { width: 360, height: 740 };

/** The ids of demo activities by name, from the open API. */
async function idsOf(request: APIRequestContext, names: string[]): Promise<string[]> {
	return Promise.all(
		names.map(async (name) => {
			const response = await request.get('/openreferral/services', {
				params: { search: name, per_page: 50 }
			});
			const { contents } = (await response.json()) as { contents: { id: string; name: string }[] };
			const found = contents.find((service) => service.name === name);
			if (!found) throw new Error(`No demo activity called ${name}`);
			return found.id;
		})
	);
}

/** A phone whose browser has no share menu (as most desktops, and some phones, lack one). */
async function withoutShareMenu(page: Page, { canCopy }: { canCopy: boolean }) {
	await page.addInitScript((canCopy) => {
		const proto = Navigator.prototype as unknown as Record<string, unknown>;
		delete proto.share;
		delete proto.canShare;
		if (!canCopy) Object.defineProperty(Navigator.prototype, 'clipboard', { value: undefined });
	}, canCopy);
}

const SAVE = {
	en: ['', 'Save to my list', 'Remove from my list'],
	pl: ['/pl', 'Zapisz na mojej liście', 'Usuń z mojej listy']
} as const;

async function saveOnActivityPage(page: Page, id: string, locale: keyof typeof SAVE = 'en') {
	const [prefix, save, remove] = SAVE[locale];
	await page.goto(`${prefix}/activity/${id}`);
	await page.getByRole('button', { name: save }).click();
	await expect(page.getByRole('button', { name: remove })).toHaveAttribute('aria-pressed', 'true');
}

/** Another phone: a fresh browser context with nothing saved. */
async function anotherPhone(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE, baseURL: E2E_ORIGIN });
	return context.newPage();
}

test('a shared list opens on another phone with the same activities, and saves without duplicates', async ({
	page,
	context,
	browser,
	request
}) => {
	const [knit, choir, anxiety] = await idsOf(request, [KNIT, CHOIR, ANXIETY]);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await withoutShareMenu(page, { canCopy: true });
	for (const id of [knit, choir, anxiety]) await saveOnActivityPage(page, id);

	await page.goto('/shortlist');
	await expect(page.locator('article.wm-card')).toHaveCount(3);
	await expect(
		page.getByText('It does not include your answers or anything about you')
	).toBeVisible();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const url = new URL(link);
	expect(url.pathname).toBe('/shortlist/shared');
	expect([...url.searchParams.keys()]).toEqual(['ids']);
	expect(url.searchParams.get('ids')).toBe([knit, choir, anxiety].join(','));
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/share-shortlist-en-360.png`, fullPage: true });

	// The other phone already has the choir saved, and its directory no longer lists one id.
	const other = await anotherPhone(browser);
	await saveOnActivityPage(other, choir);
	await other.goto(`${link},${UNKNOWN_ID}`);
	await expect(heading(other)).toHaveText('Activities shared with you');
	const cards = other.locator('article.wm-card');
	await expect(cards).toHaveCount(3);
	for (const name of [KNIT, CHOIR, ANXIETY]) {
		await expect(other.getByRole('link', { name, exact: true })).toBeVisible();
	}
	await expect(other.getByText('1 activity on this list is no longer listed.')).toBeVisible();
	await expect(other.getByText('nothing about the person who sent it')).toBeVisible();
	await expectAccessible(other);
	await other.screenshot({ path: `${SCREENSHOTS}/share-shared-en-360.png`, fullPage: true });

	await other.getByRole('button', { name: 'Save these to my list' }).click();
	await expect(other.getByText('Saved 2 activities to your list.')).toBeVisible();
	await other.getByRole('button', { name: 'Save these to my list' }).click();
	await expect(other.getByText('These are all on your list already.')).toBeVisible();
	await other.getByRole('link', { name: 'View your saved activities' }).click();
	await expect(heading(other)).toHaveText('Your saved activities');
	await expect(other.locator('article.wm-card')).toHaveCount(3);
	const saved = await other.locator('article.wm-card h2').allTextContents();
	expect(saved.map((name) => name.trim())).toEqual([CHOIR, KNIT, ANXIETY]);
	await other.context().close();
});

test('in Polish, where the phone can neither share nor copy, the link is there to select', async ({
	page,
	browser,
	request
}) => {
	const [knit, choir] = await idsOf(request, [KNIT, CHOIR]);
	await withoutShareMenu(page, { canCopy: false });
	for (const id of [knit, choir]) await saveOnActivityPage(page, id, 'pl');

	await page.goto('/pl/shortlist');
	await expect(page.locator('article.wm-card')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Kopiuj link' })).toHaveCount(0);
	const field = page.getByLabel('Link do udostępnienia');
	await expect(field).toHaveAttribute('readonly', '');
	const link = await field.inputValue();
	expect(new URL(link).pathname).toBe('/pl/shortlist/shared');
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/share-shortlist-pl-360.png`, fullPage: true });

	const other = await anotherPhone(browser);
	await other.goto(link);
	await expect(heading(other)).toHaveText('Udostępnione ci aktywności');
	await expect(other.locator('article.wm-card')).toHaveCount(2);
	await expectAccessible(other);
	await other.screenshot({ path: `${SCREENSHOTS}/share-shared-pl-360.png`, fullPage: true });
	await other.getByRole('button', { name: 'Zapisz je na mojej liście' }).click();
	await expect(other.getByText('Zapisano 2 aktywności na twojej liście.')).toBeVisible();
	await other.goto('/pl/shortlist');
	await expect(other.locator('article.wm-card')).toHaveCount(2);
	await other.context().close();
});

test('in Urdu the shared list reads right to left', async ({ page, request }) => {
	const ids = await idsOf(request, [KNIT, CHOIR]);
	await page.goto(`/ur/shortlist/shared?ids=${ids.join(',')},${UNKNOWN_ID}`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(heading(page)).toHaveText('آپ کے ساتھ شیئر کی گئی سرگرمیاں');
	await expect(page.locator('article.wm-card')).toHaveCount(2);
	await expect(page.getByText('اس فہرست کی 1 سرگرمی اب درج نہیں ہے۔')).toBeVisible();
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/share-shared-ur-360.png`, fullPage: true });
});

test('where the phone has a share menu, the activity goes to it: its name and its page', async ({
	page,
	request
}) => {
	const [knit] = await idsOf(request, [KNIT]);
	await page.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(Navigator.prototype, 'share', {
			value: async (data: ShareData) => void shared.push(data)
		});
	});
	await page.goto(`/activity/${knit}`);
	await page.getByRole('button', { name: 'Share this activity' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
		.toEqual([{ title: KNIT, url: `${E2E_ORIGIN}/activity/${knit}` }]);
	await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	await expectAccessible(page);
});

test('a damaged or overlong shared link says what is wrong, and never fails', async ({ page }) => {
	const many = Array.from(
		{ length: 51 },
		(_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
	);
	const cases: [string, RegExp][] = [
		['', /no activities in it/],
		['?ids=', /no activities in it/],
		['?ids=hello,%00,<b>', /could not read this link/],
		[`?ids=${many.join(',')}`, /more than 50 activities/],
		[`?ids=${'x'.repeat(4000)}`, /could not read this link/]
	];
	for (const [query, message] of cases) {
		const response = await page.goto(`/shortlist/shared${query}`);
		expect(response?.status(), query).toBe(200);
		await expect(page.getByText(message)).toBeVisible();
	}
	await expectAccessible(page);
});

test('the next session as a calendar file: London time, a reminder, a neutral title, offline too', async ({
	page,
	request
}) => {
	const [knit, anxiety] = await idsOf(request, [KNIT, ANXIETY]);
	await page.goto(`/activity/${knit}`);
	await expect(heading(page)).toHaveText(KNIT);
	const nextDate =
		(await page.locator('h3:has-text("Next dates") + ul li').first().textContent()) ?? '';
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Add to calendar' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^knit-and-natter-\d{4}-\d{2}-\d{2}\.ics$/);
	const [event] = readCalendar(await readFile(await download.path(), 'utf8'));
	expect(event.summary).toBe(KNIT);
	expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT2H', description: KNIT }]);
	expect(event.url).toBe(`${E2E_ORIGIN}/activity/${knit}`);
	expect(event.location).toMatch(/NE\d/);
	// The file's start, read on the London clock, is the first date the page lists.
	const shown = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	}).format(event.start);
	expect(nextDate).toBe(`${shown}, ${event.londonStart.slice(11)} to ${londonTime(event.end)}`);
	await expect(
		page.getByRole('status').filter({ hasText: 'Calendar file downloaded' })
	).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/share-activity-en-360.png`, fullPage: true });

	// Offline, from the phone's copy: the service worker has the calendar writer's code.
	await waitForServiceWorker(page);
	await page.goto(`/activity/${anxiety}`);
	await expect(heading(page)).toHaveText(ANXIETY);
	await expect(page.getByText('your calendar will just say “Activity – Waymark”')).toBeVisible();
	await page.context().setOffline(true);
	const [offline] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Add to calendar' }).click()
	]);
	const [neutral] = readCalendar(await readFile(await offline.path(), 'utf8'));
	expect(neutral.summary).toBe('Activity – Waymark');
	expect(neutral.alarms[0].trigger).toBe('-PT2H');
	expect(offline.suggestedFilename()).toMatch(/^activity-waymark-/);
	await page.context().setOffline(false);
});

const londonTime = (at: Date) =>
	new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(at);
