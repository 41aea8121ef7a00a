/**
 * Keeps the access check hard to forget: every load, action set and endpoint under the staff
 * and partner areas must be written through the guard wrappers (or say on purpose that it is
 * public), and every public one must be on the short list below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const AREAS = ['src/routes/team', 'src/routes/partners'];
const PUBLIC = new Set([
	'team/+layout.server.ts',
	'team/sign-in/+page.server.ts',
	'team/sign-in/code/+page.server.ts',
	'team/sign-out/+page.server.ts',
	'team/invitation/[token]/+page.server.ts',
	'team/reset/+page.server.ts',
	'team/reset/[token]/+page.server.ts'
]);

function serverFiles(dir: string): string[] {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return serverFiles(path);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(e.name) ? [path] : [];
	});
}

const files = AREAS.flatMap(serverFiles);

describe('staff routes', () => {
	it('are found', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files.map((f) => [relative('src/routes', f), f]))('%s is guarded', (name, file) => {
		const source = readFileSync(file, 'utf8');
		const exports = [...source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)];
		const isPublic = PUBLIC.has(name);
		for (const [, exported] of exports) {
			if (!['load', 'actions', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(exported))
				continue;
			const wrapper = exported === 'actions' ? 'Actions' : exported === 'load' ? 'Load' : 'Handler';
			const allowed = isPublic ? [`public${wrapper}`, `staff${wrapper}`] : [`staff${wrapper}`];
			const pattern = new RegExp(
				`export\\s+const\\s+${exported}\\b[^=]*=\\s*(${allowed.join('|')})\\(`
			);
			expect(source, `${name}: ${exported} must use ${allowed.join(' or ')}`).toMatch(pattern);
		}
	});
});
