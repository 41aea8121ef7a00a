import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page names the area and passes axe on a phone', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Newcastle West End/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Find activities and support near you'
	);
	await expect(page.getByText('Newcastle West End').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Need help now?' })).toBeVisible();

	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations).toEqual([]);
	// Nothing sideways-scrolls at 360 px.
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
	expect(overflow).toBe(false);
});

test('the urgent help page gives the numbers to call', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Need help now?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
	await expect(page.getByRole('link', { name: /116 123/ })).toHaveAttribute('href', 'tel:116123');
	await expect(page.getByRole('link', { name: /Call 999/ })).toHaveAttribute('href', 'tel:999');
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations).toEqual([]);
});

test('the directory snapshot is served compressed and revalidates with 304', async ({
	request
}) => {
	const first = await request.get('/api/directory', { headers: { 'accept-encoding': 'gzip' } });
	expect(first.status()).toBe(200);
	expect(first.headers()['content-encoding']).toBe('gzip');
	const snapshot = await first.json();
	expect(snapshot.activities.length).toBeGreaterThanOrEqual(150);
	const again = await request.get('/api/directory', {
		headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers()['etag'] }
	});
	expect(again.status()).toBe(304);
});
