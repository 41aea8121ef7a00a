/**
 * A deployment's own crisis phrases (README: `CRISIS_PHRASES_PATH`), in the shape of
 * `src/lib/crisis/phrases.json`, added to the shipped list wherever a person types. Read once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCrisisPhraseList, type CrisisPhraseList } from '$lib/crisis/detect';

let loaded: { path: string; list: CrisisPhraseList | null } | undefined;

export function loadExtraCrisisPhrases(
	path = process.env.CRISIS_PHRASES_PATH || ''
): CrisisPhraseList | null {
	if (loaded?.path === path) return loaded.list;
	let list: CrisisPhraseList | null = null;
	if (path) {
		const file = resolve(process.cwd(), path);
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			throw new Error(`Cannot read the crisis phrases file ${file}: ${(error as Error).message}`, {
				cause: error
			});
		}
		if (!isCrisisPhraseList(json)) {
			throw new Error(
				`The crisis phrases file ${file} must look like { "version": "…", "phrases": { "en": ["…"] } }`
			);
		}
		list = json;
	}
	loaded = { path, list };
	return list;
}
