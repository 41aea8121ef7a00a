import { describe, expect, it } from 'vitest';
import { listingLanguage, textLanguage } from './text-language';

describe('textLanguage', () => {
	it.each([
		[['Knit and natter', 'A friendly group for anyone who likes to knit.'], 'en'],
		[['Grupa spacerowa', 'Spotykamy się w parku w każdą środę i idziemy na spacer.'], 'pl'],
		[['خواتین کا گروپ', 'ہر منگل کو چائے اور بات چیت'], 'ur'],
		[['مجموعة النساء', 'لقاء أسبوعي'], undefined],
		[['Walking group'], undefined],
		[['', null, undefined], undefined]
	])('reads %j as %s', (texts, expected) => {
		expect(textLanguage(texts)).toBe(expected);
	});

	it('takes a name with no common words from the description beside it', () => {
		expect(
			textLanguage(['Green gym', 'Outdoor work in the park, with tools and tea for all.'])
		).toBe('en');
	});
});

describe('listingLanguage', () => {
	it('reads a listing’s own words once, and says nothing when they do not tell', () => {
		const listing = {
			name: 'Knit and natter',
			summary: 'Bring your knitting and come for a chat with the group.',
			description: null
		};
		expect(listingLanguage(listing)).toBe('en');
		listing.summary = 'Coś zupełnie innego';
		expect(listingLanguage(listing)).toBe('en');
		expect(listingLanguage({ name: 'Bingo' })).toBeUndefined();
	});
});
