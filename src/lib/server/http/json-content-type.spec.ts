import { describe, expect, it } from 'vitest';
import { isUtf8Json, unsupportedMediaType } from './json-content-type';

describe('isUtf8Json', () => {
	it.each([
		['application/json', true],
		['application/json; charset=utf-8', true],
		['Application/JSON;Charset="UTF-8"', true],
		['application/json; charset=utf8', true],
		['application/json; profile=x; charset=UTF-8', true],
		['application/json; charset=iso-8859-1', false],
		['application/json; charset=utf-16', false],
		['application/jsonx', false],
		['application/problem+json', false],
		['text/plain; charset=utf-8', false],
		['multipart/form-data; boundary=x', false],
		['', false],
		[null, false]
	])('%s → %s', (type, expected) => {
		expect(isUtf8Json(type)).toBe(expected);
	});
});

it('answers 415 with a message the phone can show', async () => {
	const response = unsupportedMediaType();
	expect(response.status).toBe(415);
	expect(await response.json()).toEqual({
		message: 'Send the request as JSON in UTF-8 (Content-Type: application/json)'
	});
});
