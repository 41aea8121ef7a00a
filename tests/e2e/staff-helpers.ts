/** What the staff e2e tests share: accounts made with the admin command, and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { E2E_ORIGIN } from './port';

export interface NewStaff {
	email: string;
	role: 'admin' | 'link-worker' | 'vcse-editor';
	name: string;
	pcn?: string;
}

/** Creates an account with `npm run admin` on the e2e database; returns its invitation path. */
export function inviteWithAdminCommand({ email, role, name, pcn }: NewStaff): string {
	const args = ['tsx', 'scripts/admin.ts', 'create-user', '--email', email, '--role', role];
	args.push('--name', name, ...(pcn ? ['--pcn', pcn] : []));
	const output = execFileSync('npx', args, {
		env: {
			...process.env,
			DATABASE_PATH: 'test-results/e2e-db/waymark.db',
			DATABASE_URL: '',
			ORIGIN: E2E_ORIGIN
		},
		encoding: 'utf8'
	});
	const link = new RegExp(`${E2E_ORIGIN}(/team/invitation/[\\w-]+)`).exec(output);
	if (!link) throw new Error('The admin command printed no invitation link');
	return link[1];
}

export async function expectNoAxeViolations(page: Page) {
	// axe runs as a script in the page: the JavaScript run checks the same pages.
	if (test.info().project.use.javaScriptEnabled === false) return;
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations).toEqual([]);
}
