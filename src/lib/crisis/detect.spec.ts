import { describe, expect, it } from 'vitest';
import { createCrisisMatcher, crisisWords, isCrisisPhraseList, SHIPPED_PHRASES } from './detect';

const matcher = createCrisisMatcher();

describe('crisis phrasing is found wherever it is typed', () => {
	it.each([
		"I feel like I can't go on",
		'i cant go on anymore',
		'I cannot go on like this',
		'suicidal',
		'Feeling suicdal lately',
		'I want to kill myself',
		'kill myslef',
		'I cnat go on',
		'I want to kill my self',
		'thinking about ending my life',
		'I just want to end it all',
		'self harm',
		'self-harm',
		'selfharm',
		'I have been self harming again',
		'I hurt myself last night',
		'I am not safe at home',
		'I wish I was dead',
		'everyone would be better off without me',
		'I don’t want to be here any more',
		'took an overdose',
		'SUICIDE'
	])('"%s"', (text) => {
		expect(matcher.find(text).length).toBeGreaterThan(0);
	});
});

describe('everyday words are not read as crisis', () => {
	it.each([
		'knitting',
		'walking with others',
		'help with a bill',
		'my rent is overdue',
		'a warm place to warm myself up',
		'I would like to meet people and go on walks',
		'I can go on Tuesdays',
		'safe place to talk',
		'I feel lonely since my husband died',
		'chess',
		''
	])('"%s"', (text) => {
		expect(matcher.find(text)).toEqual([]);
	});
});

describe('the phrase list', () => {
	it('is versioned and shaped as a deployment file must be', () => {
		expect(isCrisisPhraseList(SHIPPED_PHRASES)).toBe(true);
		expect(SHIPPED_PHRASES.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(isCrisisPhraseList({ version: '1', phrases: { en: [1] } })).toBe(false);
		expect(isCrisisPhraseList({ phrases: { en: [] } })).toBe(false);
	});

	it('takes a deployment’s own phrases, in any script', () => {
		const extra = createCrisisMatcher([
			SHIPPED_PHRASES,
			{ version: 'local', phrases: { pl: ['nie chcę żyć'], ur: ['خودکشی'] } }
		]);
		expect(extra.find('Już nie chcę żyć')).toEqual(['nie chcę żyć']);
		expect(extra.find('میں خودکشی کے بارے میں سوچتا ہوں')).toEqual(['خودکشی']);
		expect(matcher.find('nie chcę żyć')).toEqual([]);
	});

	it('reads words in any script, without apostrophes', () => {
		expect(crisisWords("Can't GO on")).toEqual(['cant', 'go', 'on']);
		expect(crisisWords('żyć, proszę')).toEqual(['żyć', 'proszę']);
	});
});
