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

describe('Urdu and Polish crisis phrasing is found, with or without marks', () => {
	it.each([
		'میں خودکشی کے بارے میں سوچ رہی ہوں',
		'خُودکُشی',
		'میں اب اور نہیں جی سکتا',
		'main marna chahti hoon',
		'mrna chahta hu',
		'zindagi khatam kar dun',
		'Chcę umrzeć',
		'chce umrzec',
		'Chcę się zabić',
		'chce sie zabic',
		'Myślę o samobójstwie',
		'mysle o samobojstwie'
	])('"%s"', (text) => {
		expect(matcher.find(text).length).toBeGreaterThan(0);
	});

	it.each([
		'میں دوسروں کے ساتھ واک کرنے والے گروپ میں جانا چاہتا ہوں',
		'میں لوگوں سے ملنا چاہتی ہوں',
		'main walking group mein jana chahti hoon',
		'Chcę chodzić na spacery z grupą w parku',
		'chce sie zapisac do grupy spacerowej'
	])('not "%s"', (text) => {
		expect(matcher.find(text)).toEqual([]);
	});
});

describe('the phrase list', () => {
	it('is versioned and shaped as a deployment file must be', () => {
		expect(isCrisisPhraseList(SHIPPED_PHRASES)).toBe(true);
		expect(SHIPPED_PHRASES.version).toMatch(/^\d{4}-\d{2}-\d{2}[a-z]?$/);
		expect(isCrisisPhraseList({ version: '1', phrases: { en: [1] } })).toBe(false);
		expect(isCrisisPhraseList({ phrases: { en: [] } })).toBe(false);
	});

	it('takes a deployment’s own phrases, in any script', () => {
		const extra = createCrisisMatcher([
			SHIPPED_PHRASES,
			{ version: 'local', phrases: { pl: ['zasnąć na zawsze'], ur: ['ہمیشہ کے لیے سو جاؤں'] } }
		]);
		expect(extra.find('Chcę zasnąć na zawsze')).toEqual(['zasnąć na zawsze']);
		expect(extra.find('دل کرتا ہے ہمیشہ کے لیے سو جاؤں')).toEqual(['ہمیشہ کے لیے سو جاؤں']);
		expect(matcher.find('Chcę zasnąć na zawsze')).toEqual([]);
	});

	it('reads words in any script, without apostrophes', () => {
		expect(crisisWords("Can't GO on")).toEqual(['cant', 'go', 'on']);
		expect(crisisWords('żyć, proszę')).toEqual(['żyć', 'proszę']);
		// Combining marks do not split a word; Urdu's optional vowel marks are dropped.
		expect(crisisWords('خُودکُشی کرنا')).toEqual(['خودکشی', 'کرنا']);
		expect(crisisWords('आत्महत्या')).toEqual(['आत्महत्या']);
	});
});
