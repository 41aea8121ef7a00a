// Without JavaScript: a practice link's practice reaches the request form and the request,
// and the pages say what they can do instead of waiting for ever. Runs in the no-javascript
// project only.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

test.skip(
	({ javaScriptEnabled }) => javaScriptEnabled !== false,
	'for the page without JavaScript'
);

test('a request sent from a practice link, without JavaScript, arrives with that practice', async ({
	page
}) => {
	await page.goto('/r/A00003');
	await expect(page).toHaveURL('/?practice=A00003');
	await page.getByRole('link', { name: 'Ask a link worker to contact me' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ask a link worker to contact you'
	);
	// The form works without JavaScript, so it does not say it needs it.
	await expect(page.getByText('need JavaScript turned on')).toHaveCount(0);
	await expect(page.getByLabel('Your GP practice')).toHaveValue('A00003');
	await page.getByLabel('Your name').fill('Sam Noscript');
	await page.getByLabel('Phone number').fill('07700 900124');
	await page.getByLabel(/I agree to a link worker/).check();
	await page.getByRole('button', { name: 'Send my request' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your request has been sent');
	await expect(page.getByText('need JavaScript turned on')).toHaveCount(0);
	const reference = (await page.getByTestId('reference').innerText()).trim();

	const db = new Database('test-results/e2e-db/waymark.db', { readonly: true });
	try {
		const row = db.prepare('select practice from requests where reference = ?').get(reference) as
			{ practice: string } | undefined;
		expect(row?.practice).toBe('A00003');
	} finally {
		db.close();
	}
});

test('pages that need JavaScript say so, and the request list does not wait for ever', async ({
	page
}) => {
	await page.goto('/your-requests');
	await expect(page.getByText('Loading…')).toHaveCount(0);
	await expect(
		page.getByText(/A request you sent without JavaScript was sent straight away/)
	).toBeVisible();
	await page.goto('/questions/feeling');
	await expect(page.getByText(/need JavaScript turned on/)).toBeVisible();
});
