import { describe, expect, it } from 'vitest';
import {
	isKeepable,
	isKeptPage,
	JOURNEY_PAGES,
	journeyPages,
	localePrefix,
	pageKey
} from './pages';

const origin = 'https://waymark.example.org';
const url = (path: string) => new URL(path, origin);

describe('pages kept for offline use', () => {
	it.each([
		['/', true],
		['/questions/where', true],
		['/activity/4b0c2d1e', true],
		['/team', false],
		['/team/requests', false],
		['/api/directory', false],
		['/openreferral/services', false],
		['/r/A86003', false],
		['/results', true],
		['/ur/results', true],
		['/pl/questions/where', true],
		['/pl/r/A86003', false],
		['/ur/api/directory', false]
	])('%s kept: %s', (path, expected) => {
		expect(isKeptPage(url(path), origin)).toBe(expected);
	});

	it('never keeps another site’s pages', () => {
		expect(isKeptPage(new URL('https://elsewhere.example/'), origin)).toBe(false);
	});

	it('keys a page by its path, and every activity by one shell', () => {
		expect(pageKey(url('/ask?practice=A00001'))).toBe(`${origin}/ask`);
		expect(pageKey(url('/activity/abc'))).toBe(pageKey(url('/activity/def')));
		expect(JOURNEY_PAGES).toContain('/questions/feeling');
		expect(JOURNEY_PAGES).toContain('/offline');
	});

	it('keeps each language’s pages apart, and one activity shell per language', () => {
		expect(localePrefix('/ur/results')).toBe('/ur');
		expect(localePrefix('/pl')).toBe('/pl');
		expect(localePrefix('/results')).toBe('');
		expect(localePrefix('/urban')).toBe('');
		expect(pageKey(url('/ur/activity/abc'))).toBe(`${origin}/ur/activity/*`);
		expect(pageKey(url('/ur/activity/abc'))).not.toBe(pageKey(url('/activity/abc')));
		expect(pageKey(url('/pl/ask?practice=A00001'))).toBe(`${origin}/pl/ask`);
		expect(journeyPages('/pl')).toContain('/pl');
		expect(journeyPages('/pl')).toContain('/pl/questions/feeling');
		expect(journeyPages('')).toEqual(JOURNEY_PAGES);
	});

	it('keeps whole pages only, never private ones', () => {
		const html = { 'content-type': 'text/html; charset=utf-8' };
		expect(isKeepable(new Response('', { headers: html }))).toBe(true);
		expect(isKeepable(new Response('', { status: 404, headers: html }))).toBe(false);
		expect(
			isKeepable(new Response('', { headers: { ...html, 'cache-control': 'no-store' } }))
		).toBe(false);
		expect(isKeepable(Response.json({}))).toBe(false);
	});
});
