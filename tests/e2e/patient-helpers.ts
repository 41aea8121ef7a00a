// Shared steps for the patient-journey e2e tests: axe, screenshots at two sizes, the way
// through the questions.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const SCREENSHOTS = 'test-results/screenshots';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	const isSideways = await page.evaluate(
		() => document.documentElement.scrollWidth > window.innerWidth
	);
	expect(isSideways, 'nothing scrolls sideways').toBe(false);
}

/** A screenshot at 360 × 740 and at 1280 × 800 (then back to the phone). */
export async function shoot(page: Page, name: string) {
	await page.screenshot({ path: `${SCREENSHOTS}/${name}-360.png`, fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.screenshot({ path: `${SCREENSHOTS}/${name}-1280.png`, fullPage: true });
	await page.setViewportSize({ width: 360, height: 740 });
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

export async function expectQuestion(page: Page, n: number, title: string | RegExp) {
	// A postcode look-up on a busy machine can take a few seconds.
	await expect(heading(page)).toContainText(title, { timeout: 10_000 });
	await expect(heading(page)).toContainText(`Question ${n} of 8`);
}

/** Opens a question and waits until its script has started (its buttons come alive then). */
export async function openQuestion(page: Page, step: string) {
	await page.goto(`/questions/${step}`);
	await expect(page.getByRole('button', { name: /^(Continue|See my activities)$/ })).toBeEnabled();
}

export async function continueOn(page: Page) {
	await page.getByRole('button', { name: /^(Continue|See my activities)$/ }).click();
}

/** Presses Tab until `target` has focus (a keyboard user's way there). */
export async function tabTo(page: Page, target: Locator, most = 60) {
	for (let i = 0; i < most; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('Could not reach the element with Tab');
}

/** Waits until the service worker is activated (`ready` resolves while it is still activating). */
export async function waitForServiceWorker(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state),
			{ timeout: 30_000 }
		)
		.toBe('activated');
}
