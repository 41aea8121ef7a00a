/**
 * The language a group wrote its listing in, where the text itself says so, so the page can
 * mark it with `lang` (a screen reader then reads an English description in an English voice
 * on a Polish page). Listings say which languages an activity is run in, not which language
 * their text is in, so this reads the text: the script for Urdu, the commonest short words
 * for English and Polish. When the text does not say clearly, the answer is undefined and the
 * page marks nothing rather than something wrong.
 */

/** Letters only Urdu (not Arabic or Persian) uses: ٹ ڈ ڑ ں ے ۓ ھ. */
const URDU_LETTER = /[\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d3]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/;

const COMMON_WORDS: Readonly<Record<'en' | 'pl', ReadonlySet<string>>> = {
	en: new Set(
		'the and for with you your our are is of to in on at a an we all come join from this who'.split(
			' '
		)
	),
	pl: new Set(
		'i w z na dla się jest są oraz do od po nie to jak czy dla przez ze we o u'.split(' ')
	)
};

/** How many more common words of one language than the other make a text that language's. */
const MIN_LEAD = 2;

export type TextLanguage = 'en' | 'pl' | 'ur';

export function textLanguage(
	texts: readonly (string | null | undefined)[]
): TextLanguage | undefined {
	const text = texts.filter(Boolean).join(' ');
	if (URDU_LETTER.test(text)) return 'ur';
	if (ARABIC_SCRIPT.test(text)) return undefined;
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const count = (language: 'en' | 'pl') =>
		words.filter((w) => COMMON_WORDS[language].has(w)).length;
	const english = count('en');
	const polish = count('pl') + (/[ąćęłńśźż]/.test(text) ? MIN_LEAD : 0);
	if (english - polish >= MIN_LEAD) return 'en';
	if (polish - english >= MIN_LEAD) return 'pl';
	return undefined;
}

const listingLanguages = new WeakMap<object, TextLanguage | null>();

/** The language of a listing's own words (name, summary, description), read once per listing. */
export function listingLanguage(listing: {
	name: string;
	summary?: string | null;
	description?: string | null;
}): TextLanguage | undefined {
	let language = listingLanguages.get(listing);
	if (language === undefined) {
		language = textLanguage([listing.name, listing.summary, listing.description]) ?? null;
		listingLanguages.set(listing, language);
	}
	return language ?? undefined;
}
