import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../directory/categories';
import { CATEGORY_IDS } from '../directory/categories';
import vocabulary from '../directory/vocabulary.json' with { type: 'json' };
import { personAudiences, personCategories } from './person-reading';
import { phraseKey } from './person-text';
import { buildPersonIndex, personIndex } from './person-vocabulary';
import shipped from './person-words.json' with { type: 'json' };
import { FIT_PERSONAS } from './testing/fit-personas';
import { categoriesFromWords } from './vocabulary';

const categories = (text: string) => categoriesFromWords(text).map((hit) => hit.category);

describe('Polish and Urdu words as categories', () => {
	it.each<[string, CategoryId]>([
		['lubię spacery', 'being-active'],
		['chciałabym chodzić na basen', 'being-active'],
		['szydełkowanie', 'arts-crafts'],
		['szydelkowanie', 'arts-crafts'],
		['śpiew w chórze', 'music-singing'],
		['spiew w chorze', 'music-singing'],
		['czuję samotność', 'meeting-people'],
		['mam długi i zasiłek', 'money-advice'],
		['szukam pracy', 'work'],
		['opiekuję się mężem', 'carers'],
		['mąż zmarł, jestem w żałobie', 'bereavement'],
		['problemy z pamięcią', 'memory-dementia'],
		['mieszkam z dziećmi', 'families'],
		['سیر', 'being-active'],
		['مجھے چہل قدمی پسند ہے', 'being-active'],
		['وَرزِش', 'being-active'],
		['تنہائی', 'meeting-people'],
		['قرض کی پریشانی', 'money-advice'],
		['دیکھ بھال', 'carers'],
		['sair', 'being-active'],
		['mujhe warzish pasand hai', 'being-active'],
		['akelapan', 'meeting-people'],
		['naukri chahiye', 'work'],
		['bhoolne ki bimari', 'memory-dementia'],
		['zehni sehat', 'mental-wellbeing']
	])('"%s" → %s', (text, category) => {
		expect(categories(text)).toContain(category);
	});

	it('scores a listed word as an exact English word scores', () => {
		const [polish] = categoriesFromWords('spacery');
		const [english] = categoriesFromWords('walking');
		expect(polish).toEqual({ category: 'being-active', word: 'spacery', quality: 1 });
		expect(polish.quality).toBe(english.quality);
	});

	it('reads joined phrases as the phrase ("chehalqadmi" is "chehal qadmi")', () => {
		expect(categories('chehalqadmi')).toEqual(['being-active']);
	});

	it('forgives one slip in a long Polish word, only in text that is plainly Polish', () => {
		expect(categoriesFromWords('spacrey rano')).toEqual([
			{ category: 'being-active', word: 'spacery', quality: 0.85 }
		]);
		expect(categories('spacrey')).toEqual([]);
		expect(categories('parking spaces nearby')).toEqual([]);
		expect(categories('joga, szydełkowaine')).toContain('arts-crafts');
	});

	it.each([
		'Mam siedemdziesiąt lat i mieszkam sama.',
		'Nie wiem, co bym chciała robić.',
		'آج موسم بہت اچھا ہے',
		'میرا نام عائشہ ہے',
		'mera naam ayesha hai aur main leeds mein rehti hoon'
	])('an everyday sentence with no such words names no category: %s', (text) => {
		expect(categoriesFromWords(text)).toEqual([]);
	});
});

describe('who a person says they are, in Polish and Urdu', () => {
	it.each([
		['grupa dla kobiet', 'women'],
		['kobiety', 'women'],
		['خواتین', 'women'],
		['aurtain', 'women'],
		['dla mężczyzn', 'men'],
		['seniorzy', 'older-people'],
		['بزرگ', 'older-people'],
		['jestem opiekunką', 'carers'],
		['mam dziecko', 'parents-young-children'],
		['بچہ', 'parents-young-children'],
		['wdowa', 'bereaved'],
		['angrezi seekhna', 'learning-english']
	])('"%s" → %s', (text, audience) => {
		expect([...personAudiences(text)]).toContain(audience);
	});
});

describe('the word lists', () => {
	// Words English already reads the same way ("koncert", "demencja") are left to English.
	it('list a good handful of words for every category in Polish and in Urdu', () => {
		for (const language of ['pl', 'ur'] as const) {
			for (const category of CATEGORY_IDS) {
				const words = shipped[language].categories[category];
				expect(words.length, `${language} ${category}`).toBeGreaterThanOrEqual(6);
				expect(words.length, `${language} ${category}`).toBeLessThanOrEqual(30);
			}
		}
	});

	it('never read an English vocabulary word as Polish or Urdu', () => {
		const english = Object.values(vocabulary).filter(Array.isArray).flat() as string[];
		expect(english.length).toBeGreaterThan(1000);
		expect(english.filter((word) => personCategories(word).length > 0)).toEqual([]);
	});

	it('leave the personas’ English words to the English reading', () => {
		const texts = FIT_PERSONAS.map((persona) => persona.profile.text ?? '');
		texts.push('rent arrears', 'my husband has dementia', 'feeling low', "men's group, stressed");
		for (const text of texts) {
			expect(personCategories(text), text).toEqual([]);
			expect([...personAudiences(text)], text).toEqual([]);
		}
	});

	it('take a deployment’s own words beside the shipped ones', () => {
		const index = buildPersonIndex([shipped, { pl: { categories: { food: ['pierogi'] } } }]);
		expect(index.phrases.get(phraseKey('pierogi'))?.categories).toEqual(['food']);
		expect(index.phrases.get(phraseKey('spacer'))?.categories).toEqual(['being-active']);
		expect(personIndex().phrases.has('pierogi')).toBe(false);
	});
});
