import { describe, expect, it } from 'vitest';
import { buildDemoDirectory } from '$lib/server/seed/demo-directory';
import type { CategoryId } from '../directory/categories';
import { textWords } from '../directory/vocabulary';
import { createMatcher } from './matcher';
import { readSearch, searchProfile } from './search-query';
import { FILTER_PHRASES, type SearchFilter } from './search-words';
import { ELSWICK, NOW } from './testing/persona-helpers';

const FREE: SearchFilter = { code: 'cost', maxCost: 'free' };
const LOW: SearchFilter = { code: 'cost', maxCost: 'low' };
const STEP_FREE: SearchFilter = { code: 'access', feature: 'step-free' };
const day = (...days: ('mon' | 'sat' | 'sun' | 'wed')[]): SearchFilter => ({ code: 'day', days });
const part = (...parts: ('morning' | 'afternoon' | 'evening')[]): SearchFilter => ({
	code: 'part',
	parts
});

describe('reading a Polish or Urdu search', () => {
	it.each<[string, SearchFilter[]]>([
		['w sobotę rano za darmo', [day('sat'), part('morning'), FREE]],
		['w sobote rano zadarmo', [day('sat'), part('morning'), FREE]],
		['bezpłatne', [FREE]],
		['bezplatne', [FREE]],
		['tanie, po południu', [LOW, part('afternoon')]],
		['wieczorem w środę', [part('evening'), day('wed')]],
		['w weekend', [day('sat', 'sun')]],
		['bez schodów', [STEP_FREE]],
		['wózek inwalidzki', [STEP_FREE]],
		['pętla indukcyjna', [{ code: 'access', feature: 'hearing-loop' }]],
		['cicha sala', [{ code: 'access', feature: 'quiet-space' }]],
		['miejsce parkingowe', [{ code: 'access', feature: 'parking' }]],
		['przez internet', [{ code: 'online', online: 'only' }]],
		['na miejscu', [{ code: 'online', online: 'exclude' }]],
		['ہفتے کو صبح مفت', [day('sat'), part('morning'), FREE]],
		['اتوار شام', [day('sun'), part('evening')]],
		['وہیل چیئر', [STEP_FREE]],
		['دوپہر', [part('afternoon')]],
		['muft', [FREE]],
		['itwar ko shaam', [day('sun'), part('evening')]],
		['pir subah sasta', [day('mon'), part('morning'), LOW]]
	])('"%s"', (text, filters) => {
		expect(readSearch(text)).toEqual({ filters, categories: [], words: '' });
	});

	it('reads "w sobotę rano za darmo" as Saturday morning, free', () => {
		expect(searchProfile(readSearch('w sobotę rano za darmo'))).toEqual({
			categories: [],
			maxCost: 'free',
			availability: [{ day: 'sat', part: 'morning' }]
		});
	});

	it.each<[string, CategoryId[]]>([
		['spacer', ['being-active']],
		['spacery', ['being-active']],
		['joga i pływanie', ['being-active']],
		['śpiew, ogród', ['music-singing', 'nature-gardening']],
		['سیر', ['being-active']],
		['sair', ['being-active']],
		['baghbani', ['nature-gardening']]
	])('reads the category words of "%s" as the categories asked for', (text, categories) => {
		const query = readSearch(text);
		expect(query).toEqual({ filters: [], categories, words: '' });
		expect(searchProfile(query).categories).toEqual(categories);
	});

	it('reads a group by the directory’s English word for it', () => {
		expect(readSearch('dla kobiet').words).toBe('women');
		expect(readSearch('خواتین').words).toBe('women');
		expect(readSearch('seniorzy').words).toBe('older');
	});

	it('keeps words it does not know, in their own script', () => {
		expect(readSearch('szachy za darmo')).toEqual({
			filters: [FREE],
			categories: [],
			words: 'szachy'
		});
		expect(readSearch('شطرنج مفت').words).toBe('شطرنج');
		expect(readSearch('szydełko i szachy').words).toBe('szachy');
	});

	it('leaves little words out only of a Polish or Urdu search', () => {
		expect(readSearch('joga i basen').words).toBe('');
		expect(readSearch('a walk in the park').words).toBe('a walk in the park');
	});
});

describe('English searches read as before', () => {
	/** The English reading as it was: `textWords`, then the filter phrases longest first. */
	function englishReading(text: string) {
		const phrases = new Map(FILTER_PHRASES);
		const words = textWords(text);
		const filters: SearchFilter[] = [];
		const rest: string[] = [];
		for (let at = 0; at < words.length;) {
			let length = Math.min(3, words.length - at);
			for (; length > 0; length--) {
				const filter = phrases.get(words.slice(at, at + length).join(' '));
				if (filter) {
					filters.push(filter);
					break;
				}
			}
			if (length === 0) rest.push(words[at++]);
			else at += length;
		}
		return { filters, categories: [], words: rest.join(' ') };
	}

	it.each([
		'wheelchair',
		'step-free yoga',
		'free lunch on saturday mornings',
		"men's shed",
		'arts & crafts after work',
		'walking football, weekends',
		'a walk in the park',
		'parking spaces nearby',
		'quiet knitting group, low cost',
		'online bereavement support',
		'Café in person, Tuesday evening'
	])('"%s"', (text) => {
		// Words stay as typed ("café"); everything after reads them through textWords.
		const query = readSearch(text);
		const words = textWords(query.words).join(' ');
		expect({ ...query, words }).toEqual(englishReading(text));
	});
});

describe('searching the demo directory in Polish and Urdu', () => {
	const { activities } = buildDemoDirectory('2026-11-23');
	const matcher = createMatcher(activities);
	/** What the results page lists: word matches when words are left, else what fits. */
	function found(text: string) {
		const query = readSearch(text);
		const { results } = matcher.rank(searchProfile(query, { origin: ELSWICK }), {
			now: NOW,
			limit: Infinity
		});
		return query.words ? results.filter((r) => r.isWordMatch) : results.filter((r) => r.fits);
	}

	it.each<[string, string, CategoryId]>([
		['walking', 'spacer', 'being-active'],
		['walking', 'سیر', 'being-active'],
		['walking', 'sair', 'being-active'],
		['singing', 'śpiew', 'music-singing'],
		['singing', 'موسیقی', 'music-singing'],
		['gardening', 'ogród', 'nature-gardening'],
		['gardening', 'baghbani', 'nature-gardening'],
		['debt', 'długi', 'money-advice'],
		['debt', 'قرض', 'money-advice']
	])('"%s" and "%s" both find %s first', (english, other, category) => {
		for (const text of [english, other]) {
			const list = found(text);
			expect(list.length, text).toBeGreaterThan(3);
			expect(
				list.slice(0, 5).every((r) => r.activity.categories.includes(category)),
				text
			).toBe(true);
		}
		expect(found(other).every((r) => r.activity.categories.includes(category))).toBe(true);
	});

	it('finds groups for women by "dla kobiet" as by "women"', () => {
		expect(found('dla kobiet').map((r) => r.id)).toEqual(found('women').map((r) => r.id));
	});

	it('finds nothing for a word nobody uses, in any script', () => {
		expect(found('szachy')).toEqual([]);
		expect(found('شطرنج')).toEqual([]);
	});
});
