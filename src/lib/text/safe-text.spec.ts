import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problems';
import { stripUnsafeText, textProblem, textProblemCode, type TextProblem } from './safe-text';

const oneLine: [string, string, TextProblem | null][] = [
	['plain words', 'Sam Jones', null],
	['accents, other scripts and emoji', 'Zoë Ní Bhriain, محمد, 李 👩🏽‍🦱', null],
	['marks used in right-to-left names', 'علی\u200F', null],
	['a NUL', 'Sam\u0000', 'control'],
	['an ESC', 'Sam\u001b[31m', 'control'],
	['a BEL', 'Sam\u0007', 'control'],
	['a DEL', 'Sam\u007f', 'control'],
	['a C1 control', 'Sam\u0085', 'control'],
	['a tab', 'Sam\tJones', 'control'],
	['a line feed', 'Sam\nJones', 'line-break'],
	['a carriage return', 'Sam\rJones', 'line-break'],
	['a CRLF', 'Sam\r\nJones', 'line-break'],
	['a line separator', 'Sam\u2028Jones', 'line-break'],
	...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'].map(
		(c): [string, string, TextProblem] => [
			`U+${c.charCodeAt(0).toString(16).toUpperCase()}`,
			`Sam${c}Jones`,
			'direction'
		]
	),
	['a lone high surrogate', 'Sam\uD83D', 'broken'],
	['a lone low surrogate', '\uDE00Sam', 'broken'],
	['surrogates the wrong way round', '\uDE00\uD83D', 'broken'],
	['only zero-width spaces', '\u200B\u200B', 'invisible'],
	['only joiners and fillers', '\u200D\u2060\u3164\uFEFF\u00AD', 'invisible'],
	['only a blank braille cell and spaces', '\u2800 \u2800', 'invisible'],
	['a zero-width space inside a word', 'Sam\u200BJones', null]
];

describe('textProblem, one-line text', () => {
	it.each(oneLine)('%s', (_what, text, problem) => {
		expect(textProblem(text)).toBe(problem);
	});
});

describe('textProblem, notes and descriptions', () => {
	it.each([
		['line feeds', 'First line\nSecond line', null],
		['CRLF', 'First line\r\nSecond line', null],
		['tabs', 'Item\tTime', null],
		['a lone carriage return', 'First\rSecond', 'control'],
		['a NUL', 'Note\u0000', 'control'],
		['a direction override', 'Note \u202Etxt.exe', 'direction']
	] as const)('%s', (_what, text, problem) => {
		expect(textProblem(text, { multiline: true })).toBe(problem);
	});
});

describe('stripUnsafeText', () => {
	it.each([
		['Sam\u0000 Jo\u202Ens\uD83D', {}, 'Sam Jons'],
		['Sam\r\nJones\tLtd', {}, 'Sam Jones Ltd'],
		['First\r\nSecond\rThird\u0007', { multiline: true }, 'First\r\nSecond\nThird'],
		['\u200B\u200D ', {}, ''],
		['Smile 👍', {}, 'Smile 👍']
	] as const)('%j → %j', (text, rules, expected) => {
		const stripped = stripUnsafeText(text, rules);
		expect(stripped).toBe(expected);
		expect(stripped === '' || textProblem(stripped, rules) === null).toBe(true);
	});
});

it('gives each problem as a code that names the field, put in words for the field it is in', () => {
	const code = textProblemCode('control', 'request_field_name');
	expect(code).toBe('text_problems_control|field=request_field_name');
	expect(problemText(code, 'en')).toBe('Remove the hidden control characters from your name');
	expect(problemText(textProblemCode('line-break', 'request_field_name'), 'en')).toBe(
		'Put your name on one line, without line breaks'
	);
});
