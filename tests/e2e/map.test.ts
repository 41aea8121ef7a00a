// The map: the results' List / Map switch (Leaflet fetched only then), markers and list in
// step both ways, the keyboard path through the list, right to left with the map itself left
// to right, the activity's small map, and the printed shortlist's street maps. Tiles come
// from the local fake (tests/fakes/tiles.js) that the e2e server points TILE_URL at.
import { expect, test, type Page, type Response } from '@playwright/test';
import { expectAccessible, SCREENSHOTS, waitForServiceWorker } from './patient-helpers';
import { FAKE_TILES_PORT } from './port';

const ELSWICK = { lat: 54.966, lng: -1.643 };
const PROFILE = { categories: ['meeting-people'], origin: ELSWICK, maxDistanceKm: 5 };
const TILES = `http://127.0.0.1:${FAKE_TILES_PORT}`;
const results = (path = '/results', profile: object = PROFILE) =>
	`${path}#profile=${encodeURIComponent(JSON.stringify(profile))}`;

// No animated panning: what the map shows after a choice is where it stays.
test.use({ reducedMotion: 'reduce', deviceScaleFactor: 1 });

/** Every script the page fetches, and whether any of them is Leaflet. */
function watchScripts(page: Page) {
	const scripts: { url: string; bytes: number; isLeaflet: boolean }[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response: Response) => {
		if (!response.url().endsWith('.js')) return;
		pending.push(
			response
				.body()
				.then((body) => {
					scripts.push({
						url: response.url(),
						bytes: Number(response.headers()['content-length'] ?? body.length),
						isLeaflet: body.includes('leaflet-pane')
					});
				})
				.catch(() => undefined)
		);
	});
	return {
		all: async () => {
			await Promise.all(pending);
			return scripts;
		}
	};
}

async function servedTiles(): Promise<string[]> {
	return (await fetch(`${TILES}/requests`)).json();
}

async function openMap(page: Page, path = '/results') {
	await page.goto(results(`${path}?view=map`));
	await expect(page.locator('.leaflet-container')).toBeVisible();
	await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
}

/** The colour the markers' canvas has at a point of the page. */
function canvasColour(page: Page, x: number, y: number) {
	return page.evaluate(
		([x, y]) => {
			const canvas = document.querySelector<HTMLCanvasElement>('.wm-map canvas')!;
			const box = canvas.getBoundingClientRect();
			const scale = canvas.width / box.width;
			const pixel = canvas
				.getContext('2d')!
				.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1);
			return Array.from(pixel.data.slice(0, 3));
		},
		[x, y]
	);
}

async function mapCentre(page: Page) {
	const box = (await page.locator('.wm-map').boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

const YELLOW = [255, 235, 59];

/** Web Mercator, as the map draws it: pixels at `zoom` from the world's top-left. */
function worldPixel(lat: number, lng: number, zoom: number) {
	const scale = 256 * 2 ** zoom;
	const sin = Math.sin((lat * Math.PI) / 180);
	return {
		x: ((lng + 180) / 360) * scale,
		y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale
	};
}

test('the start page and the questions carry no Leaflet, and the start stays small', async ({
	page
}) => {
	const scripts = watchScripts(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const start = await scripts.all();
	const kb = start.reduce((sum, s) => sum + s.bytes, 0) / 1024;
	console.info(`Start page: ${start.length} scripts, ${kb.toFixed(1)} KB transferred`);
	expect(kb).toBeLessThanOrEqual(60);
	await page.getByRole('link', { name: 'Start now' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('How have you been feeling');
	await page.waitForLoadState('networkidle');
	expect((await scripts.all()).filter((s) => s.isLeaflet)).toEqual([]);
});

test('List / Map: the map loads only when shown, by its own address, and Back returns', async ({
	page
}) => {
	const scripts = watchScripts(page);
	const tilesBefore = (await servedTiles()).length;
	await page.goto(results());
	await expect(page.locator('article.wm-card').first()).toBeVisible();
	const views = page.getByRole('navigation', { name: 'Show results as' });
	await expect(views.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'true');
	await page.waitForLoadState('networkidle');
	expect((await scripts.all()).filter((s) => s.isLeaflet)).toEqual([]);

	await views.getByRole('link', { name: 'Map' }).click();
	await expect(page).toHaveURL(/\/results\?view=map$/);
	await expect(views.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'true');
	await expect(views.getByRole('link', { name: 'List' })).not.toHaveAttribute('aria-current');
	const map = page.getByRole('region', { name: 'Map of activities' });
	await expect(map).toBeVisible();
	await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
	const leaflet = (await scripts.all()).filter((s) => s.isLeaflet);
	expect(leaflet).toHaveLength(1);
	console.info(`Leaflet chunk: ${(leaflet[0].bytes / 1024).toFixed(1)} KB transferred`);

	// Tiles from TILE_URL (the fake), asked for with CORS so the service worker keeps them
	// at their real size; the credit is TILE_ATTRIBUTION's, links and all.
	const tile = page.locator('img.leaflet-tile').first();
	await expect(tile).toHaveAttribute('src', new RegExp(`^${TILES}/\\d+/\\d+/\\d+\\.png$`));
	await expect(tile).toHaveAttribute('crossorigin', 'anonymous');
	expect((await servedTiles()).length).toBeGreaterThan(tilesBefore);
	const credit = page.locator('.leaflet-control-attribution');
	await expect(credit).toHaveText('Test tiles © Example');
	await expect(credit.getByRole('link', { name: 'Example' })).toHaveAttribute(
		'href',
		'https://example.org/tiles'
	);
	await expect(page.locator('.wm-map-you')).toHaveText('You');

	await page.goBack();
	await expect(page).toHaveURL(/\/results$/);
	await expect(page.locator('article.wm-card').first()).toBeVisible();
	await expect(map).toHaveCount(0);
	await page.goForward();
	await expect(map).toBeVisible();
});

test('markers and the list follow each other both ways', async ({ page }) => {
	const directory = await (await page.request.get('/api/directory')).json();
	const venues = new Map<string, { lat: number; lng: number }>(
		directory.venues.map((v: { id: string; lat: number; lng: number }) => [v.id, v])
	);
	const venueOf = new Map<string, { lat: number; lng: number }>(
		directory.activities
			.filter((a: { venueIds: string[] }) => a.venueIds.length === 1)
			.map((a: { id: string; venueIds: string[] }) => [a.id, venues.get(a.venueIds[0])])
	);
	await openMap(page);
	const items = page.locator('.wm-map-list__item[id^="map-item-"]');
	await expect(items.first()).toBeVisible();
	const count = await items.count();
	await expect(page.getByRole('heading', { name: `${count} activities on the map` })).toBeVisible();
	const ids = (await items.evaluateAll((els) => els.map((el) => el.id.slice('map-item-'.length))))
		// Only activities at one venue: the marker is then surely there.
		.filter((id) => venueOf.has(id));
	expect(ids.length).toBeGreaterThan(2);

	// List → map: focusing an item pans its marker to the middle, highlighted and named.
	const first = ids[0];
	const firstName = (await page.locator(`#map-item-${first} a`).textContent())!.trim();
	await page.locator(`#map-item-${first} a`).focus();
	await expect(page.locator(`#map-item-${first}`)).toHaveClass(/wm-map-list__item--chosen/);
	await expect(page.locator('.leaflet-tooltip')).toHaveText(firstName);
	const middle = await mapCentre(page);
	await expect.poll(() => canvasColour(page, middle.x, middle.y)).toEqual(YELLOW);

	// Map → list: choose another marker, well clear of the others, where the map draws it
	// (worked out from the map's zoom and the venues' places, the chosen one in the middle).
	await page.locator('.wm-map').scrollIntoViewIfNeeded();
	const centre = await mapCentre(page);
	// One step closer, round the chosen marker, spreads the markers out.
	const zoomOf = async () =>
		Math.max(
			...(await page
				.locator('img.leaflet-tile-loaded')
				.evaluateAll((imgs) =>
					imgs.map((img) =>
						Number(/\/(\d+)\/\d+\/\d+\.png$/.exec((img as HTMLImageElement).src)![1])
					)
				))
		);
	const zoom = (await zoomOf()) + 1;
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(zoomOf).toBe(zoom);
	const at = worldPixel(venueOf.get(first)!.lat, venueOf.get(first)!.lng, zoom);
	const onScreen = ids.slice(1).flatMap((id) => {
		const p = worldPixel(venueOf.get(id)!.lat, venueOf.get(id)!.lng, zoom);
		const x = centre.x + p.x - at.x;
		const y = centre.y + p.y - at.y;
		const isInside =
			x > centre.box.x + 60 &&
			x < centre.box.x + centre.box.width - 20 &&
			y > centre.box.y + 60 &&
			y < centre.box.y + centre.box.height - 30;
		return isInside ? [{ id, x, y }] : [];
	});
	const clear = onScreen.find(
		(a) =>
			Math.hypot(a.x - centre.x, a.y - centre.y) > 24 &&
			onScreen.every((b) => b === a || Math.hypot(a.x - b.x, a.y - b.y) > 20)
	);
	expect(clear, 'a marker on screen, clear of the others').toBeTruthy();
	const otherName = (await page.locator(`#map-item-${clear!.id} a`).textContent())!.trim();
	await page.mouse.click(clear!.x, clear!.y);
	const chosen = page.locator(`#map-item-${clear!.id}`);
	await expect(chosen).toHaveClass(/wm-map-list__item--chosen/);
	await expect(chosen).toBeInViewport();
	await expect(chosen).toContainText('(shown on the map)');
	await expect(page.locator(`#map-item-${first}`)).not.toHaveClass(/chosen/);
	await expect(page.getByText(`${otherName}, `, { exact: false }).last()).toHaveText(
		new RegExp(
			`^${otherName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+\\. Highlighted in the list\\.$`
		)
	);
	// The list scrolled into view may have moved the map on the page: measure it again.
	const now = await mapCentre(page);
	const [dx, dy] = [clear!.x - centre.x, clear!.y - centre.y];
	await expect.poll(() => canvasColour(page, now.x + dx, now.y + dy)).toEqual(YELLOW);
	await expect.poll(() => canvasColour(page, now.x, now.y)).not.toEqual(YELLOW);
	await expectAccessible(page);
});

test('the keyboard reaches the map, leaves it, and reaches every result in the list', async ({
	page
}) => {
	await openMap(page);
	const links = page.locator('.wm-map-view__list a');
	const total = await links.count();
	expect(total).toBeGreaterThan(3);
	const map = page.getByRole('region', { name: 'Map of activities' });
	await page.getByRole('link', { name: 'Map', exact: true }).focus();
	const reached = new Set<string>();
	let hasReachedMap = false;
	for (let i = 0; i < total + 20 && reached.size < total; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			return {
				isMap: el.classList.contains('wm-map'),
				href: el.closest('.wm-map-view__list') ? el.getAttribute('href') : null
			};
		});
		if (focused.isMap) hasReachedMap = true;
		if (focused.href) reached.add(focused.href);
	}
	expect(hasReachedMap, 'the map takes focus (arrow keys pan it)').toBe(true);
	expect(reached.size, 'every result in the list is reached by Tab').toBe(total);
	await expect(map).not.toBeFocused();
	// Elsewhere-listed results are in the keyboard path too when there are any.
	const elsewhere = page.getByRole('heading', { name: 'Online or across the whole area' });
	if (await elsewhere.count()) await expect(elsewhere).toBeVisible();
});

test('online and area-wide results are listed beside the map, not dropped', async ({ page }) => {
	await page.goto(
		results('/results?view=map', { categories: ['mental-wellbeing'], origin: ELSWICK })
	);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Online or across the whole area' })
	).toBeVisible();
	const elsewhere = page.getByRole('list', { name: 'Online or across the whole area' });
	await expect(elsewhere.getByRole('listitem').first()).toBeVisible();
	await expect(elsewhere).toContainText(/Online or by phone|Covers the whole area/);
});

test('the map at 360 and 320 px, in English, Urdu (right to left, the map not mirrored) and Polish', async ({
	page
}) => {
	for (const [locale, path] of [
		['en', '/results'],
		['ur', '/ur/results'],
		['pl', '/pl/results']
	] as const) {
		await openMap(page, path);
		await expect(page.locator('.wm-map-list__item').first()).toBeVisible();
		await page.screenshot({
			path: `${SCREENSHOTS}/map-results-${locale}-360-full.png`,
			fullPage: true
		});
		await page.locator('#map-count').evaluate((el) => el.scrollIntoView());
		await page.screenshot({ path: `${SCREENSHOTS}/map-results-${locale}-360.png` });
		if (locale === 'ur') {
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('.wm-map-frame')).toHaveAttribute('dir', 'ltr');
			const direction = await page
				.locator('.leaflet-container')
				.evaluate((el) => getComputedStyle(el).direction);
			expect(direction).toBe('ltr');
			// The zoom buttons at the start of a right-to-left line; the tiles in their true places.
			await expect(page.locator('.leaflet-top.leaflet-right .leaflet-control-zoom')).toBeVisible();
			await expect(page.getByRole('button', { name: 'قریب کریں' })).toBeVisible();
			const tiles = await page.locator('img.leaflet-tile-loaded').evaluateAll((imgs) =>
				imgs.map((img) => ({
					x: Number(/\/(\d+)\/\d+\.png$/.exec((img as HTMLImageElement).src)![1]),
					left: img.getBoundingClientRect().left
				}))
			);
			const west = tiles.reduce((a, b) => (a.x < b.x ? a : b));
			const east = tiles.reduce((a, b) => (a.x > b.x ? a : b));
			expect(east.left).toBeGreaterThan(west.left);
		}
		await expectAccessible(page);
	}
	await page.setViewportSize({ width: 320, height: 640 });
	await openMap(page);
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/map-results-en-320.png` });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.screenshot({ path: `${SCREENSHOTS}/map-results-en-1280.png` });
});

test('an activity shows a small map of its venue by its address and directions', async ({
	page
}) => {
	await openMap(page);
	const link = page.locator('.wm-map-list__item[id^="map-item-"] a').first();
	const name = (await link.textContent())!.trim();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const where = page.getByRole('heading', { level: 2, name: 'Where', exact: true });
	await expect(where).toBeVisible();
	await expect(page.locator('.wm-address')).toBeVisible();
	await expect(page.getByRole('link', { name: /^Get directions to / })).toBeVisible();
	const map = page.getByRole('region', { name: /^Map of where .+ is$/ });
	await expect(map).toBeVisible();
	await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible();
	await expect(map.locator('img.leaflet-tile').first()).toHaveAttribute(
		'src',
		new RegExp(`^${TILES}/16/`)
	);
	await expect(map.locator('canvas')).toHaveCount(1);
	await expectAccessible(page);
	await page.screenshot({ path: `${SCREENSHOTS}/map-activity-360.png`, fullPage: true });
});

test('the printed shortlist gives directions in words and a small street map', async ({ page }) => {
	await openMap(page);
	await page.locator('.wm-map-list__item[id^="map-item-"] a').first().click();
	await page.getByRole('button', { name: 'Save to my list' }).click();
	await expect(page.getByText('Saved to your list')).toBeVisible();
	await page.goto('/shortlist/print');
	const item = page.locator('.wm-print-item').first();
	await expect(item.getByText('Getting there')).toBeVisible();
	await expect(item).toContainText(/About [\d.]+ km from where you will travel from/);
	await expect(item).toContainText(/look up the postcode NE\d+ \d[A-Z]{2} in a maps app/);
	const map = item.getByRole('img', { name: /^Street map of the area around .+, with a dot/ });
	await expect(map).toBeVisible();
	const tiles = map.locator('img');
	await expect(tiles.first()).toHaveAttribute('src', new RegExp(`^${TILES}/16/\\d+/\\d+\\.png$`));
	await expect(tiles.first()).toHaveAttribute('crossorigin', 'anonymous');
	await expect
		.poll(() =>
			tiles.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth === 256))
		)
		.toBe(true);
	await expect(item.locator('figcaption')).toHaveText('Test tiles © Example');
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(map).toBeVisible();
	expect(await item.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	await page.screenshot({ path: `${SCREENSHOTS}/map-print.png`, fullPage: true });
});

test('tiles once seen are kept by the service worker at their real size, for offline', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await openMap(page);
	// Readable (CORS) responses, never opaque ones that Chromium would count as 7 MB each.
	const kept = () =>
		page.evaluate(async () => {
			const name = (await caches.keys()).find((key) => key.includes('tiles'));
			if (!name) return { tiles: 0, opaque: 0 };
			const cache = await caches.open(name);
			const responses = await Promise.all((await cache.keys()).map((r) => cache.match(r)));
			return {
				tiles: responses.length,
				opaque: responses.filter((r) => r?.type === 'opaque').length
			};
		});
	await expect.poll(async () => (await kept()).tiles).toBeGreaterThan(0);
	expect((await kept()).opaque).toBe(0);
});

test('switching between list and map by keyboard keeps the keyboard where it was', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('link', { name: 'List', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/view=map/);
	await expect(page.getByRole('link', { name: 'List', exact: true })).toBeFocused();
	await page.getByRole('link', { name: 'Map', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/view=map/);
	await expect(page.getByRole('link', { name: 'Map', exact: true })).toBeFocused();
});
