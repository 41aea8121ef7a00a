/** Moving a directory between deployments: export, import elsewhere, export again. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orukErrors } from '../../../../tests/fixtures/oruk-schema/validate';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { importFeed } from '../import/import-feed';
import { seedDemoDirectory } from '../seed/seed';
import { publishedServices } from './published-services';
import { serviceDetail } from './service-endpoints';

let from: Database;
let to: Database;
beforeEach(async () => {
	[from, to] = await Promise.all([openTestDatabase(), openTestDatabase()]);
});
afterEach(() => Promise.all([from.close(), to.close()]));

describe('export and import', () => {
	it('carries the whole published directory across unchanged', async () => {
		await seedDemoDirectory(from, '2026-11-21');
		const exported = await publishedServices(from);
		expect(exported.length).toBeGreaterThan(190);

		const report = await importFeed(to, JSON.parse(JSON.stringify(exported)), {
			source: 'export.json'
		});
		expect(report).toMatchObject({
			format: 'waymark-export',
			created: exported.length,
			skipped: []
		});
		expect(await publishedServices(to)).toEqual(exported);

		const again = await importFeed(to, exported, { source: 'export.json' });
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: exported.length });
	});

	it('exports each service exactly as GET /openreferral/services/{id} gives it', async () => {
		await seedDemoDirectory(from, '2026-11-21');
		const exported = await publishedServices(from);
		for (const service of [exported[0], exported[exported.length - 1]]) {
			expect(await (await serviceDetail(from, service.id)).json()).toEqual(service);
			expect(orukErrors('service', service)).toEqual([]);
		}
	});
});
