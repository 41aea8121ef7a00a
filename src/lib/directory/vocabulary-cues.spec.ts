import { describe, expect, it } from 'vitest';
import { cueIndex, findListed } from './vocabulary-cues';

describe('cue lists', () => {
	it('find the longest listed phrase at each place, plurals as singulars, each once', () => {
		const { exclusions } = cueIndex();
		expect(
			findListed('Two nursing homes and a home care agency; nursing homes again', exclusions)
		).toEqual(['nursing home', 'home care']);
	});

	it('are extended by a deployment’s own lists, indexed once per object', () => {
		const extra = { exclusions: ['Bouncy castle hire'], vague: ['Ceilidh'] };
		expect(findListed('bouncy castle hire', cueIndex().exclusions)).toEqual([]);
		expect(findListed('bouncy castle hire', cueIndex(extra).exclusions)).toEqual([
			'bouncy castle hire'
		]);
		expect(cueIndex(extra).vague.phrases.has('ceilidh')).toBe(true);
		expect(cueIndex(extra).vague.phrases.has('community')).toBe(true);
		expect(cueIndex(extra)).toBe(cueIndex(extra));
	});
});
