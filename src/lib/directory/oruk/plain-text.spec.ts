import { describe, expect, it } from 'vitest';
import { firstSentence, htmlToText, oneLine, truncate } from './plain-text';

describe('htmlToText', () => {
	it.each([
		[
			'plain text stays as it is',
			'Bring wool.\n\nBeginners welcome.',
			'Bring wool.\n\nBeginners welcome.'
		],
		[
			'paragraphs',
			'<p>Bring wool.</p><p>Beginners <b>welcome</b>.</p>',
			'Bring wool.\n\nBeginners welcome.'
		],
		['line breaks', 'Tuesdays<br>10am<br/>Hall', 'Tuesdays\n10am\nHall'],
		['lists', '<ul><li>Tea</li><li>Cake</li></ul>', '• Tea\n• Cake'],
		[
			'entities',
			'Knit &amp; natter &pound;2 &#39;fun&#39; &#x2014; &nbsp;ok',
			"Knit & natter £2 'fun' — ok"
		],
		['escaped HTML once', '&lt;p&gt;Hi&lt;/p&gt;', '<p>Hi</p>'],
		['scripts and comments', '<script>alert(1)</script><!-- x -->Hello', 'Hello'],
		['source newlines inside HTML', '<p>One\n  two</p>\n<p>Three</p>', 'One two\n\nThree'],
		['not a tag', 'Ages 5 < 10 and I <3 knitting', 'Ages 5 < 10 and I <3 knitting'],
		['not a tag beside an entity', 'Ages <5 &amp; a <b c', 'Ages <5 & a <b c'],
		['a less-than sign inside HTML', '<p>Ages 5 < 10</p>', 'Ages 5 < 10'],
		[
			'every named entity, with or without its semicolon',
			'<p>&frac12; price caf&eacute; &Eacute;cole &hearts; it&rsquo;s &copy 2026</p>',
			'½ price café École ♥ it’s © 2026'
		],
		[
			'escaped text keeps its own line breaks',
			'Tea &amp; cake\n\nAll welcome',
			'Tea & cake\n\nAll welcome'
		],
		[
			'scripts and styles, closed or not, in any case',
			'<STYLE>p { color: red }</STYLE><p>Hi</p><script type="module">steal()',
			'Hi'
		],
		['self-closing elements hide nothing after them', '<p>a</p><svg/><p>b</p>', 'a\n\nb'],
		[
			'nested lists',
			'<ul><li>Tea<ul><li>Green</li></ul></li><li>Cake</li></ul><p>After</p>',
			'• Tea\n• Green\n• Cake\n\nAfter'
		],
		[
			'table cells',
			'<table><tr><td>Mon</td><td>10am</td></tr><tr><td>Tue</td><td>2pm</td></tr></table>',
			'Mon 10am\n\nTue 2pm'
		],
		['headings and divs', '<h2>About</h2><div>We knit.</div>', 'About\n\nWe knit.']
	])('%s', (_label, input, expected) => {
		expect(htmlToText(input)).toBe(expected);
	});

	it('makes one line of a name', () => {
		expect(oneLine('<b>Knit</b> &amp;\n natter ')).toBe('Knit & natter');
	});
});

describe('summaries', () => {
	it('takes the first sentence of the first paragraph', () => {
		expect(firstSentence('A friendly group. We knit.\n\nMore.')).toBe('A friendly group.');
		expect(firstSentence('No full stop here\n\nMore.')).toBe('No full stop here');
	});

	it('cuts long text at a word', () => {
		expect(truncate('one two three four', 12)).toBe('one two…');
		expect(firstSentence('word '.repeat(100), 20).length).toBeLessThanOrEqual(20);
	});
});
