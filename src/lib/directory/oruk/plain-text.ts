/**
 * Feeds publish descriptions as HTML, as HTML-escaped text, or as plain text. Waymark keeps plain
 * text with paragraphs separated by a blank line. No DOM here (this runs in the browser, the CLI
 * and tests alike), so a small tag stripper: enough for descriptions, never used to render HTML.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	pound: '£',
	euro: '€',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	bull: '•',
	middot: '·',
	copy: '©',
	reg: '®',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	oacute: 'ó',
	uuml: 'ü',
	ouml: 'ö'
};

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
const BLOCK_TAGS =
	/<\/?(?:p|div|h[1-6]|ul|ol|table|tr|blockquote|section|article|header|footer)\b[^>]*>/gi;

export function decodeEntities(text: string): string {
	return text.replace(ENTITY, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
			return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

function tidy(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Plain text with paragraphs. Text that is already plain is only trimmed, so Waymark's own export
 * reads back exactly as it was written.
 */
export function htmlToText(input: string): string {
	const text = input.replace(/\r\n?/g, '\n');
	if (!TAG.test(text) && !/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return text.trim();
	const stripped = text
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
		// Source line breaks inside HTML are layout, not meaning.
		.replace(/\s*\n\s*/g, ' ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '\n• ')
		.replace(/<\/li\s*>/gi, '')
		.replace(BLOCK_TAGS, '\n\n')
		.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '');
	return tidy(decodeEntities(stripped));
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
