import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectNoAxeViolations, inviteWithAdminCommand } from './staff-helpers';
import { E2E_ORIGIN } from './port';

// Runs twice: with JavaScript (forms enhanced) and without (plain form posts).
const PASSWORD_ADMIN = 'harbour lights over the quayside';
const PASSWORD_WORKER = 'a walk along the town moor';

async function setPassword(page: Page, path: string, password: string) {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set your password');
	await page.getByLabel('New password').fill(password);
	await page.getByLabel('Type the password again').fill(password);
	await page.getByRole('button', { name: 'Set password' }).click();
	await expect(page.getByText('Your password has been set. Sign in to continue.')).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an admin invites a link worker, who sets a password and signs in', async ({
	page,
	browser
}, testInfo) => {
	const tag = testInfo.project.name.replace(/\W/g, '');
	const adminEmail = `ada.${tag}@example.org`;
	const workerEmail = `sam.${tag}@example.org`;
	const documents: { url: string; csp: string | undefined }[] = [];
	page.on('response', (response) => {
		// Every HTML page; redirects carry no page, so no policy.
		if (response.request().resourceType() === 'document' && response.status() < 300) {
			documents.push({ url: response.url(), csp: response.headers()['content-security-policy'] });
		}
	});

	// The first admin comes from the command line, then sets up two-step sign-in.
	await setPassword(
		page,
		inviteWithAdminCommand({ email: adminEmail, role: 'admin', name: 'Ada Admin' }),
		PASSWORD_ADMIN
	);
	await signIn(page, adminEmail, PASSWORD_ADMIN);
	await expect(page).toHaveURL(/\/team\/account\/two-factor$/);
	await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
	const key = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '');
	const code = new TOTP({ secret: Secret.fromBase32(key) }).generate();
	await page.getByLabel('Code').fill(code);
	await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
	await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
	await expectNoAxeViolations(page);

	// The admin invites a link worker for one PCN.
	await page.goto('/team/users/invite');
	await page.getByLabel('Email address').fill(workerEmail);
	await page.getByLabel('Name').fill('Sam Worker');
	await page.getByLabel('Link worker').check();
	await page.getByLabel('Westgate and Elswick PCN (demo)').check();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Worker');

	// The invitation waits in the outbox (no SMTP server in tests).
	await page.goto('/team/outbox');
	const mail = page.locator('article', { hasText: workerEmail }).first();
	const link = new RegExp(`${E2E_ORIGIN}(/team/invitation/[\\w-]+)`).exec(await mail.innerText());
	expect(link).not.toBeNull();

	// The link worker, on their own device, accepts and signs in.
	const context = await browser.newContext();
	const worker = await context.newPage();
	await setPassword(worker, link![1], PASSWORD_WORKER);
	await signIn(worker, workerEmail, 'not my password at all');
	await expect(
		worker.getByText('The email address or password is not right.').first()
	).toBeVisible();
	await signIn(worker, workerEmail, PASSWORD_WORKER);
	await expect(worker.getByRole('heading', { level: 1 })).toHaveText('Staff home');
	await worker.getByRole('link', { name: 'Westgate and Elswick PCN (demo)' }).click();
	await expect(worker.getByRole('heading', { level: 1 })).toHaveText(
		'Westgate and Elswick PCN (demo)'
	);
	await expectNoAxeViolations(worker);

	// Out of scope and out of role: refused.
	expect((await worker.goto('/team/pcn/U00002'))?.status()).toBe(404);
	expect((await worker.goto('/team/users'))?.status()).toBe(403);

	// The invitation link works once.
	await worker.goto(link![1]);
	await expect(worker.getByRole('heading', { level: 1 })).toHaveText(
		'This link has expired or has already been used'
	);
	await worker.goto('/team');
	await worker.getByRole('button', { name: 'Sign out' }).click();
	await expect(worker.getByText('You have been signed out.')).toBeVisible();
	await context.close();

	// Enhanced forms navigate without loading documents: fetch the staff pages as well.
	for (const path of ['/team/sign-in', '/team/reset', '/team/users', link![1], '/team/nowhere']) {
		const response = await page.request.get(path);
		documents.push({ url: path, csp: response.headers()['content-security-policy'] });
	}
	expect(documents.length).toBeGreaterThan(5);
	for (const { url, csp } of documents) {
		expect(csp, url).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp, url).toContain("frame-ancestors 'none'");
	}
});
