import { describe, expect, it } from 'vitest';
import { mentionsHealth, neutralTitle } from './neutral-title';

const GENERIC = 'Activity – Waymark';

describe('neutralTitle', () => {
	it.each([
		['Knit and natter', 'Knit and natter'],
		['Community choir', 'Community choir'],
		['Painting for pleasure', 'Painting for pleasure'],
		['Art for wellbeing', 'Art for wellbeing'],
		['Anxiety support group', GENERIC],
		['Living well with type 2 diabetes', GENERIC],
		['Dementia-friendly afternoon film', GENERIC],
		["Parkinson's café", GENERIC],
		['Parkinsons café', GENERIC],
		['Benwell memory café', GENERIC],
		['Carers coffee morning', GENERIC],
		['Young carer hangout', GENERIC],
		['Talking about MENTAL HEALTH', GENERIC],
		['HIV peer group', GENERIC],
		['Alcohol-free social', GENERIC],
		['Drug and alcohol recovery café', GENERIC],
		['Bereavement walk', GENERIC],
		['Stroke club', GENERIC],
		['Cancer support', GENERIC]
	])('%s → %s', (name, expected) => {
		expect(neutralTitle(name, GENERIC)).toBe(expected);
	});

	it.each([
		'Grupa wsparcia – depresja',
		'Spotkania dla osób w żałobie po stracie: zaloba',
		'Klub Alzheimera',
		'ذہنی صحت کی محفل',
		'کینسر سپورٹ گروپ',
		'Zehni sehat group'
	])('hides health words in Polish and Urdu too: %s', (name) => {
		expect(mentionsHealth(name)).toBe(true);
	});

	it('keeps everyday Polish and Urdu names', () => {
		for (const name of ['Spacer po parku', 'Klub szachowy', 'سیر کا گروپ', 'Chai aur gupshup']) {
			expect(mentionsHealth(name)).toBe(false);
		}
	});

	it('matches whole words only', () => {
		expect(mentionsHealth('Painting and pottery')).toBe(false);
		expect(mentionsHealth('Drugstore cowboys film night')).toBe(false);
		expect(mentionsHealth('Carersville walkers')).toBe(false);
		expect(mentionsHealth('Strokes of colour')).toBe(false);
		expect(mentionsHealth('Swimming: the stroke clinic')).toBe(true);
	});

	it('gives the generic title for an empty name, and trims a kept one', () => {
		expect(neutralTitle('   ', GENERIC)).toBe(GENERIC);
		expect(neutralTitle('  Walk and talk ', GENERIC)).toBe('Walk and talk');
	});
});
