/** The profiles every matching benchmark ranks for: a spread of what people ask. */
import type { NeedsProfile } from '../../src/lib/matching';

const NEWCASTLE = { lat: 54.97, lng: -1.64 };

export const BENCH_PROFILES: NeedsProfile[] = [
	{
		categories: ['meeting-people'],
		text: 'lonely',
		origin: NEWCASTLE,
		access: ['step-free'],
		age: 78
	},
	{
		categories: ['money-advice', 'housing'],
		text: 'rent arrears',
		origin: NEWCASTLE,
		availability: [
			{ day: 'mon', part: 'evening' },
			{ day: 'wed', part: 'evening' }
		]
	},
	{ categories: ['carers', 'memory-dementia'], origin: NEWCASTLE, maxCost: 'free' },
	{ categories: ['mental-wellbeing'], text: 'feeling low', age: 16, online: 'include' },
	{
		categories: ['health-conditions', 'healthy-eating', 'being-active'],
		text: 'my diabetes, lose weight',
		origin: NEWCASTLE,
		maxDistanceKm: 8
	},
	{
		categories: ['learning-skills', 'meeting-people'],
		text: 'practise English',
		languages: ['ar'],
		origin: NEWCASTLE,
		maxCost: 'low'
	},
	{
		categories: ['arts-crafts'],
		text: 'knittin and gardning',
		origin: NEWCASTLE,
		maxDistanceKm: 3
	},
	{ categories: [], text: 'walking football', origin: NEWCASTLE },
	{ categories: ['being-active'], online: 'only' },
	{
		categories: ['food', 'money-advice'],
		origin: NEWCASTLE,
		maxCost: 'free',
		availability: [{ day: 'sat', part: 'morning' }]
	}
];
