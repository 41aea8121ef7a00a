/**
 * The message files a deployment reviews and extends: every language the project lists has
 * every patient message English has, with the same placeholders and every plural form its
 * language needs, and each English message has a note for translators.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];
type Catalogue = Record<string, Message>;

const read = (path: string): Record<string, unknown> =>
	JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

const settings = read('project.inlang/settings.json') as { baseLocale: string; locales: string[] };
const withoutMeta = (file: Record<string, unknown>): Catalogue =>
	Object.fromEntries(Object.entries(file).filter(([key]) => !key.startsWith('$'))) as Catalogue;

const english = withoutMeta(read(`messages/${settings.baseLocale}.json`));
const others = settings.locales.filter((locale) => locale !== settings.baseLocale);

/** Every `{name}` a message can show, in any of its variants. */
function placeholders(message: Message): Set<string> {
	const texts =
		typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
	return new Set(
		texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]))
	);
}

/** The inputs a plural message declares (`input count`). */
function inputs(message: Message): Set<string> {
	if (typeof message === 'string') return placeholders(message);
	return new Set(
		message
			.flatMap((v) => v.declarations ?? [])
			.flatMap((d) => /^input (\w+)$/.exec(d)?.slice(1) ?? [])
	);
}

/** The inputs a plural message chooses its words by (`local nPlural = n: plural`). */
function selected(message: Message): Set<string> {
	if (typeof message === 'string') return new Set();
	return new Set(
		message
			.flatMap((v) => v.declarations ?? [])
			.flatMap((d) => /^local \w+ = (\w+): plural$/.exec(d)?.slice(1) ?? [])
	);
}

/** The plural categories a message's variants cover, like `one`, `few`, `other`. */
function categories(message: Message): Set<string> {
	if (typeof message === 'string') return new Set();
	return new Set(
		message.flatMap((v) => Object.keys(v.match).map((key) => key.split('=').pop() ?? key))
	);
}

/** The platform's own answer: `getTextInfo()` where it has it, the older `textInfo` otherwise. */
function isRightToLeft(locale: string): boolean {
	const tag = new Intl.Locale(locale) as Intl.Locale & {
		getTextInfo?: () => { direction: string };
		textInfo?: { direction: string };
	};
	return (tag.getTextInfo?.() ?? tag.textInfo)?.direction === 'rtl';
}

describe('the message catalogues', () => {
	it('English has messages and every one names only what it declares', () => {
		expect(Object.keys(english).length).toBeGreaterThan(100);
		for (const [key, message] of Object.entries(english)) {
			for (const name of placeholders(message)) expect(inputs(message), key).toContain(name);
		}
	});

	describe.each(others)('%s', (locale) => {
		const catalogue = withoutMeta(read(`messages/${locale}.json`));
		const rules = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

		it('has every message English has, and none English lacks', () => {
			expect(Object.keys(catalogue).filter((key) => !(key in english))).toEqual([]);
			expect(Object.keys(english).filter((key) => !(key in catalogue))).toEqual([]);
		});

		it('uses only the placeholders English has', () => {
			const wrong = Object.entries(catalogue).filter(([key, message]) => {
				const allowed = placeholders(english[key] ?? '');
				return [...placeholders(message)].some((name) => !allowed.has(name));
			});
			expect(wrong.map(([key]) => key)).toEqual([]);
		});

		it('drops no placeholder English shows', () => {
			const dropped = Object.entries(catalogue).filter(([key, message]) => {
				const own = placeholders(message);
				// A plural's number may be written as a word ("one activity"), so it need not show.
				const counted = selected(english[key] ?? '');
				const shown = [...placeholders(english[key] ?? '')].filter((name) => !counted.has(name));
				return shown.some((name) => !own.has(name));
			});
			expect(dropped.map(([key]) => key)).toEqual([]);
		});

		it(`gives each plural every form ${locale} needs`, () => {
			const missing = Object.entries(english)
				.filter(([, message]) => typeof message !== 'string')
				.filter(([key]) => {
					const own = categories(catalogue[key] ?? '');
					return rules.some((category) => !own.has(category));
				});
			expect(missing.map(([key]) => key)).toEqual([]);
		});

		// In right-to-left text, "07700 900123" shows as "900123 07700" unless the number is
		// isolated left to right (LRI … PDI): phone numbers and postcodes read as written.
		it.runIf(isRightToLeft(locale))('isolates numbers and postcodes written in groups', () => {
			const loose = /(?<![\u2066\w])(?:\d+(?: \d+)+|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w\u2069])/;
			const texts = (message: Message) =>
				typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
			const unisolated = Object.entries(catalogue).filter(([, message]) =>
				texts(message).some((text) => loose.test(text))
			);
			expect(unisolated.map(([key]) => key)).toEqual([]);
		});

		it('has no empty message', () => {
			const empty = Object.entries(catalogue).filter(([, message]) =>
				typeof message === 'string'
					? message.trim() === ''
					: message.some((v) => Object.values(v.match).some((text) => text.trim() === ''))
			);
			expect(empty.map(([key]) => key)).toEqual([]);
		});
	});

	it('has a note for translators on every English message', () => {
		const notes = withoutMeta(read('messages/context.json')) as Record<string, string>;
		expect(Object.keys(english).filter((key) => !notes[key]?.trim())).toEqual([]);
		expect(Object.keys(notes).filter((key) => !(key in english))).toEqual([]);
	});
});
