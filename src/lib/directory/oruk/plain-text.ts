/**
 * Feeds publish descriptions as HTML, as HTML-escaped text, or as plain text. Waymark keeps plain
 * text with paragraphs separated by a blank line. HTML is read by htmlparser2 (a tokenizer with
 * the full HTML entity table and no DOM, so this runs in the browser, the CLI and tests alike);
 * only its text is kept, never markup, and nothing here is used to render HTML.
 */
import { Parser } from 'htmlparser2';

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Elements whose contents are never text a person should read. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
	'p',
	'div',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'dl',
	'table',
	'tr',
	'blockquote',
	'pre',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'aside',
	'nav',
	'figure',
	'address',
	'details',
	'hr'
]);
/** Elements that end a line. */
const LINES = new Set(['br', 'dt', 'dd', 'caption', 'summary']);
/** Table cells: a space between neighbours, so their words do not run together. */
const CELLS = new Set(['td', 'th']);
/** A list inside a list item adds no paragraph: its items start their own lines. */
const LISTS = new Set(['ul', 'ol']);

function tidy(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** What an element adds to the text around it, where it opens and where it closes. */
function breakAt(name: string, listItems: number, opening: boolean): string {
	if (name === 'li') return opening ? '\n• ' : '';
	if (LISTS.has(name) && listItems > 0) return '';
	if (BLOCKS.has(name)) return '\n\n';
	if (name === 'br') return opening ? '\n' : '';
	if (LINES.has(name)) return '\n';
	if (CELLS.has(name)) return ' ';
	return '';
}

/**
 * The text of an HTML fragment, with paragraphs, line breaks and list items. `asHtml: false`
 * reads text that only escapes characters (`&amp;`), whose line breaks are its own.
 */
function textOf(html: string, asHtml: boolean): string {
	const out: string[] = [];
	let hidden = 0;
	let listItems = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (HIDDEN.has(name)) hidden += 1;
				out.push(breakAt(name, listItems, true));
				if (name === 'li') listItems += 1;
			},
			onclosetag(name) {
				if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
				if (name === 'li') listItems = Math.max(0, listItems - 1);
				out.push(breakAt(name, listItems, false));
			},
			ontext(text) {
				if (hidden > 0) return;
				// Source line breaks inside HTML are layout, not meaning.
				out.push(asHtml ? text.replace(/\s+/g, ' ') : text);
			}
		},
		// Self-closing tags close, so an `<svg/>` or `<iframe/>` hides nothing after it.
		{ decodeEntities: true, recognizeSelfClosing: true }
	);
	parser.write(html);
	parser.end();
	return out.join('');
}

/**
 * Plain text with paragraphs. Text that is already plain is only trimmed, so Waymark's own export
 * reads back exactly as it was written.
 */
export function htmlToText(input: string): string {
	const text = input.replace(/\r\n?/g, '\n');
	if (TAG.test(text)) return tidy(textOf(text, true));
	// With no tags, a "<" is a character ("ages 5 <10"), never the start of one.
	if (ENTITY.test(text)) return tidy(textOf(text.replace(/</g, '&lt;'), false));
	return text.trim();
}

/** One line of plain text (names, labels): tags stripped, whitespace collapsed. */
export function oneLine(input: string): string {
	return htmlToText(input).replace(/\s+/g, ' ').trim();
}

/** Cuts text to `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The first sentence of a description, as a summary of at most `max` characters. */
export function firstSentence(text: string, max = 200): string {
	const paragraph = text.split(/\n+/).find((line) => line.trim() !== '') ?? '';
	const match = /^(.+?[.!?])(?:\s|$)/.exec(paragraph.trim());
	return truncate((match ? match[1] : paragraph).trim().replace(/^•\s*/, ''), max);
}
