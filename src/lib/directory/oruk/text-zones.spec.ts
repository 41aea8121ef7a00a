import { describe, expect, it } from 'vitest';
import { descriptionZones, repeatedSentences, sentences, ZONE_TUNING } from './text-zones';

describe('sentences', () => {
	it('splits at a stop before a space, keeps times whole, and takes each line apart', () => {
		expect(sentences('Tea at 10.30am. All welcome! Ring us?\n\n• Free\n• Fun')).toEqual([
			'Tea at 10.30am.',
			'All welcome!',
			'Ring us?',
			'• Free',
			'• Fun'
		]);
	});
});

describe('repeatedSentences', () => {
	const blurb = 'Our charity has helped local people since 1990.';

	it('finds a sentence shared by three descriptions, counting each description once', () => {
		const found = repeatedSentences([`${blurb} Knitting.`, `${blurb} Yoga.`, `${blurb} Choir.`]);
		expect([...found]).toEqual(['our charity has helped local people since 1990']);
		expect(repeatedSentences([`${blurb} ${blurb}`, blurb]).size).toBe(0);
	});

	it('ignores short sentences, which many services share by chance', () => {
		expect(repeatedSentences(['All welcome.', 'All welcome.', 'All welcome.']).size).toBe(0);
	});
});

describe('descriptionZones', () => {
	const weights = (text: string, options = {}) =>
		descriptionZones(text, options).map((zone) => zone.weight);
	const [first, second] = ZONE_TUNING.leadWeights;

	it('weighs the first sentences most, then the rest alike', () => {
		const text = 'One. Two. Three. Four. Five. Six. Seven.';
		expect(weights(text)).toEqual([...ZONE_TUNING.leadWeights, ZONE_TUNING.laterWeight, 0.7]);
	});

	it('weighs list items, asides and repeated sentences less', () => {
		const isAside = (sentence: string) => sentence.startsWith('We also');
		const repeated = new Set(['our charity has helped local people since 1990']);
		expect(weights('• Free tea\n\nWe also run trips.', { isAside })).toEqual([
			first * ZONE_TUNING.listItemShare,
			second * ZONE_TUNING.asideShare
		]);
		expect(weights('Our charity has helped local people since 1990.', { repeated })).toEqual([
			first * ZONE_TUNING.repeatedShare
		]);
		expect(descriptionZones('• Free tea')[0].text).toBe('Free tea');
	});
});
