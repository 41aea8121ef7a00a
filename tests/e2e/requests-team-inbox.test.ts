import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, inviteWithAdminCommand } from './staff-helpers';

// Named `…team-….test.ts` so it runs twice: with JavaScript, and with it off (plain forms).
const PASSWORD = 'a long walk by the tyne bridge';

async function sendRequest(page: Page, name: string): Promise<string> {
	// A practice link presets the practice, server-side, with or without JavaScript.
	const preset = await page.request.get('/ask?practice=A00007');
	expect(await preset.text()).toMatch(/<option value="A00007" selected/);

	await page.goto('/');
	await page.getByRole('link', { name: 'Ask a link worker to contact me' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ask a link worker to contact you'
	);
	await page.getByLabel('Your GP practice').selectOption('A00001');
	await expectNoAxeViolations(page);

	// Forgetting the consent box and mistyping the number: told what to fix, nothing sent.
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Phone number').fill('0770');
	await page.getByRole('button', { name: 'Send my request' }).click();
	const summary = page.locator('.nhsuk-error-summary');
	await expect(summary).toContainText('Enter a UK phone number, like 07700 900123');
	await expect(summary).toContainText('Tick the box to say a link worker may contact you');
	await expect(page.getByLabel('Your name')).toHaveValue(name);
	// Each error is read with its field, and the summary's link lands on the field.
	await expect(page.getByLabel('Phone number')).toHaveAttribute(
		'aria-describedby',
		'phone-hint phone-error'
	);
	await expect(page.getByRole('group', { name: 'Your agreement' })).toHaveAttribute(
		'aria-describedby',
		/consent-group-error/
	);
	await expect(summary.getByRole('link', { name: /Tick the box/ })).toHaveAttribute(
		'href',
		'#consent'
	);

	await page.getByLabel('Phone number').fill('07700 900123');
	await page.getByLabel('Best times to contact you (optional)').fill('weekday mornings');
	await page
		.getByLabel('What would you like help with? (optional)')
		.fill('Getting out more, and some help with debt');
	await page.getByLabel(/I agree to a link worker/).check();
	await page.getByRole('button', { name: 'Send my request' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your request has been sent');
	await expect(page.getByText(/within 3 working days/)).toBeVisible();
	await expectNoAxeViolations(page);
	return (await page.getByTestId('reference').innerText()).trim();
}

test('a patient asks for a link worker, who picks the request up and closes it', async ({
	page,
	browser
}, testInfo) => {
	const tag = testInfo.project.name.replace(/\W/g, '');
	const personName = `Robin Example ${tag}`;
	const reference = await sendRequest(page, personName);
	expect(reference).toMatch(/^WM-[2-9A-Z]{5}$/);

	// The link worker accepts their invitation and signs in on their own device.
	const email = `lee.${tag}@example.org`;
	const context = await browser.newContext();
	const worker = await context.newPage();
	await worker.goto(
		inviteWithAdminCommand({ email, role: 'link-worker', name: 'Lee Worker', pcn: 'U00001' })
	);
	await worker.getByLabel('New password').fill(PASSWORD);
	await worker.getByLabel('Type the password again').fill(PASSWORD);
	await worker.getByRole('button', { name: 'Set password' }).click();
	await worker.getByLabel('Email address').fill(email);
	await worker.getByLabel('Password').fill(PASSWORD);
	await worker.getByRole('button', { name: 'Sign in' }).click();
	await expect(worker.getByRole('heading', { level: 1 })).toHaveText('Staff home');

	// The inbox lists it without the person's details; the request page shows them.
	await worker.getByRole('link', { name: 'Requests' }).first().click();
	const row = worker.getByRole('row', { name: new RegExp(reference) });
	await expect(row).toContainText('New');
	await expect(worker.getByTestId('inbox')).not.toContainText(personName);
	await expectNoAxeViolations(worker);
	await row.getByRole('link', { name: reference }).click();
	await expect(worker.getByRole('heading', { level: 1 })).toHaveText(`Request ${reference}`);
	await expect(worker.getByTestId('person')).toContainText(personName);
	await expect(worker.getByTestId('person')).toContainText('07700900123');
	await expectNoAxeViolations(worker);

	await worker.getByRole('button', { name: 'Assign to me' }).click();
	await expect(worker.getByText('The request is assigned to you.')).toBeVisible();
	await worker.getByRole('button', { name: 'Mark as contacted' }).click();
	await expect(worker.getByTestId('request-status')).toHaveText('Contacted');

	await worker.getByRole('button', { name: 'Add note' }).click();
	await expect(worker.locator('.nhsuk-error-summary')).toContainText('Enter a note');
	await worker
		.getByLabel('Note', { exact: true })
		.fill('Would like the walking group; call back Tuesday');
	await worker.getByRole('button', { name: 'Add note' }).click();
	await expect(worker.getByTestId('history')).toContainText('call back Tuesday');

	await worker.getByLabel('Engaged with support').check();
	await worker.getByRole('button', { name: 'Close request' }).click();
	await expect(worker.getByTestId('request-status')).toHaveText('Closed');
	await expect(worker.getByTestId('request-outcome')).toHaveText('Engaged with support');

	// Downloads for a GP system.
	const csv = await worker.request.get(`/team/requests/${reference}/export.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(personName);
	const fhir = await worker.request.get(`/team/requests/${reference}/service-request.json`);
	expect(await fhir.json()).toMatchObject({
		resourceType: 'ServiceRequest',
		code: { coding: [{ code: '871731000000106' }] }
	});

	// Closed requests leave the open list.
	await worker.goto('/team/requests');
	await expect(
		worker.getByTestId('inbox').or(worker.getByText('No requests match.'))
	).not.toContainText(reference);
	await context.close();

	// Nobody else can see it.
	expect(
		(await page.request.get(`/team/requests/${reference}/export.csv`, { maxRedirects: 0 })).status()
	).toBe(303);
});
