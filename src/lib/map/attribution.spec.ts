import { describe, expect, it } from 'vitest';
import {
	attributionHtml,
	attributionText,
	DEFAULT_TILE_ATTRIBUTION,
	parseAttribution
} from './attribution';

describe('parseAttribution', () => {
	it('reads the OpenStreetMap credit as words and a link', () => {
		expect(parseAttribution(DEFAULT_TILE_ATTRIBUTION)).toEqual([
			{ text: '© ' },
			{ text: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' },
			{ text: ' contributors' }
		]);
	});

	it.each([
		['plain text', 'Tiles © Example Ltd', [{ text: 'Tiles © Example Ltd' }]],
		[
			'single quotes and other attributes',
			"<a target='_blank' href='https://example.org/'>Example</a>",
			[{ text: 'Example', href: 'https://example.org/' }]
		],
		[
			'two links',
			'<a href="https://a.example">A</a> | <a href="https://b.example">B &amp; C</a>',
			[
				{ text: 'A', href: 'https://a.example' },
				{ text: ' | ' },
				{ text: 'B & C', href: 'https://b.example' }
			]
		],
		[
			'a link that is not http(s), kept as words',
			'<a href="javascript:alert(1)">Click</a> me',
			[{ text: 'Click' }, { text: ' me' }]
		],
		[
			'markup other than links, dropped',
			'<script>alert(1)</script><b>Bold</b> &#169; <img src=x onerror=alert(1)>',
			[{ text: 'alert(1)Bold ©' }]
		],
		['nothing', '   ', []]
	])('%s', (_, html, parts) => {
		expect(parseAttribution(html)).toEqual(parts);
	});
});

describe('attributionHtml and attributionText', () => {
	it('escapes everything it is given', () => {
		const parts = [{ text: '<b>"x"</b> & ' }, { text: 'y', href: 'https://e.example/?a=1&b="2"' }];
		expect(attributionHtml(parts)).toBe(
			'&#60;b&#62;&#34;x&#34;&#60;/b&#62; &#38; <a href="https://e.example/?a=1&#38;b=&#34;2&#34;" rel="noopener">y</a>'
		);
		expect(attributionText(parts)).toBe('<b>"x"</b> & y');
	});

	it('round-trips the default credit', () => {
		const parts = parseAttribution(DEFAULT_TILE_ATTRIBUTION);
		expect(parseAttribution(attributionHtml(parts))).toEqual(parts);
		expect(attributionText(parts)).toBe('© OpenStreetMap contributors');
	});
});
