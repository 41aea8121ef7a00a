import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categoriesFromWords } from '../directory/vocabulary';
import { loadExtraVocabulary } from './vocabulary';

const folder = mkdtempSync(join(tmpdir(), 'waymark-vocabulary-'));
function file(name: string, text: string): string {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('loadExtraVocabulary', () => {
	it('is undefined when no file is named', () => {
		vi.stubEnv('VOCABULARY_PATH', '');
		expect(loadExtraVocabulary()).toBeUndefined();
	});

	it('reads the file VOCABULARY_PATH names, once', () => {
		const path = file('ok.json', '{"$comment":"ours","meeting-people":["blether"]}');
		vi.stubEnv('VOCABULARY_PATH', path);
		const vocabulary = loadExtraVocabulary();
		expect(vocabulary).toEqual({ $comment: 'ours', 'meeting-people': ['blether'] });
		expect(loadExtraVocabulary(path)).toBe(vocabulary);
		expect(categoriesFromWords('a blether', { vocabulary })[0].category).toBe('meeting-people');
	});

	it.each([
		['bad.json', '{"food": [', /vocabulary file .*bad\.json: .*JSON/],
		['unknown.json', '{"karate": ["kata"]}', /vocabulary file .*unknown\.json .*"karate" is not/],
		[
			'cues.json',
			'{"exclusions": [1]}',
			/vocabulary file .*cues\.json .*"exclusions" must be a list/
		],
		['list.json', '{"food": "soup"}', /vocabulary file .*list\.json .*"food" must be a list/],
		['array.json', '["soup"]', /vocabulary file .*array\.json .*must be an object/]
	])('names the file when %s is unusable', (name, text, message) => {
		expect(() => loadExtraVocabulary(file(name, text))).toThrow(message);
	});

	it('takes cue lists beside the categories', () => {
		const text =
			'{"exclusions":["ceilidh band for hire"],"neutral":["shed load"],"vague":["ceilidh"]}';
		const vocabulary = loadExtraVocabulary(file('lists.json', text));
		expect(vocabulary).toMatchObject({ exclusions: ['ceilidh band for hire'] });
	});

	it('names a file it cannot read', () => {
		expect(() => loadExtraVocabulary(join(folder, 'missing.json'))).toThrow(/missing\.json/);
	});
});
