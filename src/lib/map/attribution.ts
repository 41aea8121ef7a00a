/**
 * The map's credit line, from `TILE_ATTRIBUTION`. Tile providers write it as HTML with links
 * (Leaflet's convention); Waymark keeps only the words and `http(s)` links, so the setting
 * can never put markup or script on a page, and draws it as text and links itself. Pure.
 */
export interface AttributionPart {
	text: string;
	href?: string;
}

export const DEFAULT_TILE_ATTRIBUTION =
	'&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	copy: '©'
};

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint(code)
				: '';
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Words outside any tag, with other tags dropped and spaces tidied. */
function words(html: string): string {
	return decode(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
}

export function parseAttribution(html: string): AttributionPart[] {
	const parts: AttributionPart[] = [];
	const link = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi;
	let at = 0;
	const push = (part: AttributionPart) => {
		if (part.text) parts.push(part);
	};
	for (const found of html.matchAll(link)) {
		push({ text: words(html.slice(at, found.index)) });
		const href = decode(found[1] ?? found[2] ?? '').trim();
		const text = words(found[3]);
		push(/^https?:\/\//i.test(href) ? { text, href } : { text });
		at = found.index + found[0].length;
	}
	push({ text: words(html.slice(at)) });
	if (parts.length > 0) {
		parts[0].text = parts[0].text.trimStart();
		parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
	}
	return parts.filter((part) => part.text);
}

export function attributionText(parts: readonly AttributionPart[]): string {
	return parts.map((part) => part.text).join('');
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The credit as HTML for Leaflet's attribution control, built only from escaped parts. */
export function attributionHtml(parts: readonly AttributionPart[]): string {
	return parts
		.map((part) =>
			part.href
				? `<a href="${escape(part.href)}" rel="noopener">${escape(part.text)}</a>`
				: escape(part.text)
		)
		.join('');
}
