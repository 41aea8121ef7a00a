/**
 * What text Waymark accepts from a person or a feed, in one place for every form, API and
 * import. Refused: hidden control characters (a NUL cannot even be stored in PostgreSQL), line
 * breaks in one-line fields, the characters that reorder how text is shown (U+202A–U+202E,
 * U+2066–U+2069: they can make a note or a name read differently on screen from what was
 * typed), halves of characters broken by copying (lone surrogates), and text made only of
 * invisible characters. Forms refuse with a message; the import strips them instead.
 */
import { problem } from './problem';

export type TextProblem = 'broken' | 'control' | 'line-break' | 'direction' | 'invisible';

export interface TextRules {
	/** Notes and descriptions: they may keep tabs and line breaks (LF or CRLF). */
	multiline?: boolean;
}

/** With the `u` flag a surrogate pair is one code point, so this matches only lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** C0 and C1 controls and DEL, less the tab, line feed and carriage return judged below. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/** A carriage return that does not start a CRLF: only LF and CRLF end lines in notes. */
const LONE_CR = /\r(?!\n)/;
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/;
/** Spaces, default-ignorable characters (zero-width spaces, joiners, fillers), the blank braille cell. */
const INVISIBLE_ONLY = /^[\s\p{Default_Ignorable_Code_Point}\u2800]+$/u;

const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);

/** The first thing wrong with a piece of text, or null when it may be stored and shown. */
export function textProblem(text: string, rules: TextRules = {}): TextProblem | null {
	if (LONE_SURROGATE.test(text)) return 'broken';
	if (CONTROL.test(text)) return 'control';
	if (rules.multiline) {
		if (LONE_CR.test(text)) return 'control';
	} else {
		if (LINE_BREAK.test(text)) return 'line-break';
		if (text.includes('\t')) return 'control';
	}
	if (DIRECTION.test(text)) return 'direction';
	if (INVISIBLE_ONLY.test(text) && /\S/.test(text)) return 'invisible';
	return null;
}

/**
 * The text with what `textProblem` refuses taken out, for imports: line breaks and tabs in
 * one-line text become spaces, and text left with nothing visible becomes empty.
 */
export function stripUnsafeText(text: string, rules: TextRules = {}): string {
	let stripped = text
		.replace(everywhere(LONE_SURROGATE), '')
		.replace(everywhere(CONTROL), '')
		.replace(everywhere(DIRECTION), '');
	stripped = rules.multiline
		? stripped.replace(everywhere(LONE_CR), '\n')
		: stripped.replace(everywhere(LINE_BREAK), ' ').replace(/\t/g, ' ');
	return INVISIBLE_ONLY.test(stripped) ? '' : stripped;
}

/**
 * The problem code for a refused text (`$lib/text/problem`), naming the field by its message
 * key: put in words, "Remove the hidden control characters from your name".
 */
export function textProblemCode(found: TextProblem, fieldKey: string): string {
	return problem(`text_problems_${found.replace('-', '_')}`, { field: fieldKey });
}
