/**
 * Bidirectional isolation of what a sentence quotes: an English activity name, a postcode, a
 * phone number or a search inside an Urdu sentence keeps its own direction and does not pull
 * the sentence's punctuation into it. Unicode's first-strong isolate (U+2068 … U+2069) does in
 * a string what `<bdi>` does in markup, so messages can stay plain strings.
 *
 * Only for display: isolates are direction controls, which request fields refuse, so never
 * put an isolated value into a form.
 */
import { getLocale, getTextDirection, type Locale } from '../paraglide/runtime';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** Hebrew, Arabic (Urdu, Persian), Syriac, Thaana, N'Ko and their presentation forms. */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * The text isolated where it can meet the other direction: on a right-to-left page, or when
 * it holds right-to-left letters itself. Left-to-right text on a left-to-right page is left
 * alone, so English output (the `match` CLI, English pages) is byte for byte what it was.
 */
export function isolate(text: string, locale: Locale = getLocale()): string {
	if (text === '') return text;
	const mixes = getTextDirection(locale) === 'rtl' || RIGHT_TO_LEFT_LETTER.test(text);
	return mixes ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}
