import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAreaConfig, parseAreaConfig } from './area';

const demo = loadAreaConfig('config/demo-area.json');
const dir = mkdtempSync(join(tmpdir(), 'waymark-area-'));
let fileCount = 0;

function writeConfig(content: unknown): string {
	const file = join(dir, `area-${++fileCount}.json`);
	writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
	return file;
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('the demo area config', () => {
	it('is a valid demo area whose default PCN has practices', () => {
		expect(demo.demo).toBe(true);
		const pcn = demo.pcns.find((p) => p.id === demo.defaultPcn);
		expect(pcn?.practices.length).toBeGreaterThanOrEqual(5);
		expect(demo.neighbourhoods.map((n) => n.name)).toContain("Arthur's Hill");
	});

	it('names practices plainly as demo data', () => {
		for (const practice of demo.pcns.flatMap((p) => p.practices)) {
			expect(practice.name).toMatch(/\(demo\)$/);
		}
	});
});

describe('loadAreaConfig', () => {
	it('reads AREA_CONFIG when no path is given, and caches what it read', () => {
		const file = writeConfig({ ...demo, name: 'Elsewhere' });
		vi.stubEnv('AREA_CONFIG', file);
		const first = loadAreaConfig();
		writeFileSync(file, '{}');
		expect(first.name).toBe('Elsewhere');
		expect(loadAreaConfig()).toBe(first);
	});

	it('returns a frozen config', () => {
		expect(Object.isFrozen(demo.pcns[0].practices[0])).toBe(true);
	});

	it('names the file when it is missing or not JSON', () => {
		expect(() => loadAreaConfig(join(dir, 'missing.json'))).toThrow(/missing\.json/);
		const broken = writeConfig('{ "name": ');
		expect(() => loadAreaConfig(broken)).toThrow(/area-\d+\.json is not valid JSON/);
	});
});

describe('parseAreaConfig', () => {
	const bad: [string, (area: Record<string, unknown>) => unknown, RegExp][] = [
		[
			'a missing name',
			(a) => {
				delete a.name;
				return a;
			},
			/name: This field is missing/
		],
		['a zoom out of range', (a) => ({ ...a, zoom: 40 }), /zoom: The zoom must be between 1 and 19/],
		[
			'a malformed ODS code',
			(a) => ({
				...a,
				pcns: [{ id: 'U1', name: 'P', practices: [{ ods: 'X1', name: 'S', postcode: 'NE4 6AB' }] }],
				defaultPcn: 'U1'
			}),
			/pcns\.0\.practices\.0\.ods: An ODS practice code/
		],
		[
			'an unknown default PCN',
			(a) => ({ ...a, defaultPcn: 'nope' }),
			/defaultPcn: The default PCN/
		],
		[
			'a centre outside the UK',
			(a) => ({ ...a, centre: { lat: 10, lng: 0 } }),
			/centre\.lat: The latitude must be in the UK/
		]
	];

	it.each(bad)('rejects %s, naming the file and the field', (_, change, message) => {
		const input = change(structuredClone(demo) as unknown as Record<string, unknown>);
		expect(() => parseAreaConfig(input, 'my-area.json')).toThrow(message);
		expect(() => parseAreaConfig(input, 'my-area.json')).toThrow(/my-area\.json/);
	});
});
