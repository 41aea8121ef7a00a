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
		['not a tag', 'Ages 5 < 10 and I <3 knitting', 'Ages 5 < 10 and I <3 knitting']
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
