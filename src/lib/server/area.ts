/**
 * The deployment's area: its name, where the map opens, and the PCNs and practices whose
 * link workers take requests. A deployment replaces `config/demo-area.json` with its own file,
 * or points `AREA_CONFIG` at one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { UK_POSTCODE } from '$lib/directory/validation';

export const DEFAULT_AREA_CONFIG_PATH = 'config/demo-area.json';

export interface LatLng {
	lat: number;
	lng: number;
}

export interface Practice {
	/** The practice's ODS code, as carried by `/r/{ods}` links. */
	ods: string;
	name: string;
	postcode: string;
}

export interface Pcn {
	id: string;
	name: string;
	practices: Practice[];
}

export interface Neighbourhood extends LatLng {
	name: string;
}

export interface AreaConfig {
	name: string;
	/** True when the area and its directory are demonstration data. */
	demo: boolean;
	centre: LatLng;
	/** The map's opening zoom level. */
	zoom: number;
	/** The PCN whose link workers take requests that name no practice. */
	defaultPcn: string;
	pcns: Pcn[];
	neighbourhoods: Neighbourhood[];
}

const ODS_PRACTICE = /^[A-Z]\d{5}$/;

const name = (what: string) =>
	v.pipe(v.string(`Give ${what}`), v.trim(), v.nonEmpty(`Give ${what}`), v.maxLength(200));
const latLngEntries = {
	lat: v.pipe(
		v.number('Give a latitude as a number'),
		v.minValue(49, 'The latitude must be in the UK (49 to 61)'),
		v.maxValue(61, 'The latitude must be in the UK (49 to 61)')
	),
	lng: v.pipe(
		v.number('Give a longitude as a number'),
		v.minValue(-9, 'The longitude must be in the UK (-9 to 2.5)'),
		v.maxValue(2.5, 'The longitude must be in the UK (-9 to 2.5)')
	)
};

const PracticeSchema = v.object({
	ods: v.pipe(
		v.string('Give the practice ODS code'),
		v.regex(ODS_PRACTICE, 'An ODS practice code is a capital letter and five digits, like A00001')
	),
	name: name('the practice name'),
	postcode: v.pipe(
		v.string('Give the practice postcode'),
		v.trim(),
		v.toUpperCase(),
		v.regex(UK_POSTCODE, 'Give a full UK postcode, like NE4 6SH')
	)
});

const PcnSchema = v.object({
	id: name('the PCN id'),
	name: name('the PCN name'),
	practices: v.pipe(
		v.array(PracticeSchema, 'List the practices as an array'),
		v.minLength(1, 'List at least one practice')
	)
});

const unique = (values: string[]) => new Set(values).size === values.length;

const AreaConfigSchema = v.pipe(
	v.object({
		name: name('the area name'),
		demo: v.boolean('Say true or false for demo'),
		centre: v.object(latLngEntries, 'Give the centre as { "lat": …, "lng": … }'),
		zoom: v.pipe(
			v.number('Give the zoom as a number'),
			v.integer('The zoom must be a whole number'),
			v.minValue(1, 'The zoom must be between 1 and 19'),
			v.maxValue(19, 'The zoom must be between 1 and 19')
		),
		defaultPcn: name('the default PCN id'),
		pcns: v.pipe(
			v.array(PcnSchema, 'List the PCNs as an array'),
			v.minLength(1, 'List at least one PCN'),
			v.check((pcns) => unique(pcns.map((p) => p.id)), 'Each PCN id must be used once'),
			v.check(
				(pcns) => unique(pcns.flatMap((p) => p.practices.map((x) => x.ods))),
				'Each practice ODS code must be listed once'
			)
		),
		neighbourhoods: v.array(
			v.object({ name: name('the neighbourhood name'), ...latLngEntries }),
			'List the neighbourhoods as an array'
		)
	}),
	v.forward(
		v.check(
			(area) => area.pcns.some((p) => p.id === area.defaultPcn),
			'The default PCN must be one of the listed PCNs'
		),
		['defaultPcn']
	)
);

/** Checks a parsed area config; `file` only names the source in the error message. */
export function parseAreaConfig(input: unknown, file: string): AreaConfig {
	const result = v.safeParse(AreaConfigSchema, input);
	if (!result.success) {
		const problems = result.issues.map(
			(i) => `${v.getDotPath(i) ?? '(top level)'}: ${describe(i)}`
		);
		throw new Error(`The area config ${file} is not valid:\n  ${problems.join('\n  ')}`);
	}
	const area: AreaConfig = result.output;
	return deepFreeze(area);
}

/** The config is shared by every request, so no caller may change it under the others. */
function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}

/** Valibot reports a missing key as an object issue, in words meant for developers. */
function describe(issue: v.BaseIssue<unknown>): string {
	const isMissingKey = issue.type === 'object' && issue.input === undefined && issue.path?.length;
	return isMissingKey ? 'This field is missing' : issue.message;
}

const cache = new Map<string, AreaConfig>();

/**
 * Reads, checks and caches the area config: `path`, else `AREA_CONFIG`, else the demo area.
 * A relative path is taken from the working directory, where the server is started.
 */
export function loadAreaConfig(path?: string): AreaConfig {
	const file = resolve(process.cwd(), path ?? process.env.AREA_CONFIG ?? DEFAULT_AREA_CONFIG_PATH);
	const cached = cache.get(file);
	if (cached) return cached;

	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(`Cannot read the area config ${file}: ${(error as Error).message}`, {
			cause: error
		});
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(`The area config ${file} is not valid JSON: ${(error as Error).message}`, {
			cause: error
		});
	}
	const area = parseAreaConfig(json, file);
	cache.set(file, area);
	return area;
}
