/**
 * Draws the app's icons (192, 512 and a maskable 512) into static/icons/ by rendering an SVG
 * in Chromium, and, given a running Waymark (`--from http://127.0.0.1:4173`), takes the
 * install screenshots into static/screenshots/: narrow 360 × 740 and wide 1280 × 800.
 * Nothing is downloaded. Run: `npx tsx scripts/make-icons.ts [--from URL]`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const BLUE = '#005eb8';
/** A signpost: a pole and two boards pointing different ways, on a 100 × 100 grid. */
const SIGNPOST = `
	<rect x="46" y="18" width="8" height="66" rx="2" fill="#fff"/>
	<path d="M26 24h44l10 9-10 9H26z" fill="#fff"/>
	<path d="M74 48H30l-10 9 10 9h44z" fill="#ffeb3b"/>
	<rect x="36" y="82" width="28" height="6" rx="3" fill="#fff"/>`;

/** `scale` shrinks the signpost into the middle: a maskable icon must survive a round crop. */
function iconSvg(size: number, scale: number): string {
	const offset = (100 - 100 * scale) / 2;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
		<rect width="100" height="100" fill="${BLUE}"/>
		<g transform="translate(${offset} ${offset}) scale(${scale})">${SIGNPOST}</g>
	</svg>`;
}

const ICONS = [
	{ file: 'icon-192.png', size: 192, scale: 0.9 },
	{ file: 'icon-512.png', size: 512, scale: 0.9 },
	{ file: 'icon-maskable-512.png', size: 512, scale: 0.66 }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	mkdirSync('static/icons', { recursive: true });
	for (const { file, size, scale } of ICONS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		await page.setContent(
			`<body style="margin:0">${iconSvg(size, scale)}</body>`.replace(
				'<svg',
				'<svg style="display:block"'
			)
		);
		await page.screenshot({ path: `static/icons/${file}`, omitBackground: false });
		await page.close();
	}
	const from = process.argv[process.argv.indexOf('--from') + 1];
	if (process.argv.includes('--from') && from) {
		mkdirSync('static/screenshots', { recursive: true });
		const narrow = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await narrow.goto(`${from}/`);
		await narrow.screenshot({ path: 'static/screenshots/narrow-360x740.png' });
		const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const profile = encodeURIComponent(JSON.stringify({ categories: ['meeting-people'] }));
		await wide.goto(`${from}/results#profile=${profile}`);
		await wide.locator('main h2').first().waitFor();
		await wide.screenshot({ path: 'static/screenshots/wide-1280x800.png' });
	}
} finally {
	await browser.close();
}
