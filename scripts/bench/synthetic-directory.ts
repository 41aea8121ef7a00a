/**
 * A synthetic directory for benchmarks: deterministic (seeded), spread around Newcastle
 * upon Tyne, with the mix of categories, schedules, costs, access and statuses a real
 * regional directory has.
 */
import { AUDIENCES } from '../../src/lib/directory/audience';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../src/lib/directory/categories';
import {
	WEEKDAYS,
	type Activity,
	type Cost,
	type Session,
	type Venue
} from '../../src/lib/directory/model';
import { mulberry32 } from '../../src/lib/server/seed/demo/random';

const CENTRE = { lat: 54.97, lng: -1.64 };
const AREAS = [
	'Elswick',
	'Benwell',
	'Fenham',
	'Heaton',
	'Byker',
	'Walker',
	'Gosforth',
	'Jesmond',
	'Wallsend',
	'Gateshead',
	'Blaydon',
	'Kenton',
	'Cowgate',
	'Scotswood',
	'Felling',
	'Whickham'
];
const NAMES: Record<CategoryId, string[]> = {
	'being-active': [
		'Walking group',
		'Chair-based exercise',
		'Walking football',
		'Tai chi',
		'Yoga for beginners',
		'Strength and balance',
		'Swimming for women'
	],
	'nature-gardening': [
		'Community garden',
		'Green gym',
		'Allotment club',
		'Wildlife volunteers',
		'Park conservation'
	],
	'arts-crafts': [
		'Knit and natter',
		'Watercolour painting',
		'Pottery club',
		'Crochet circle',
		'Sewing bee',
		'Creative writing'
	],
	'music-singing': [
		'Community choir',
		'Ukulele club',
		'Singing for the brain',
		'Drumming circle',
		'Music cafe'
	],
	'meeting-people': [
		'Coffee morning',
		'Lunch club',
		"Men's shed",
		'Befriending',
		'Friendship cafe',
		'Games afternoon'
	],
	'learning-skills': [
		'English conversation',
		'Computer help',
		'Digital drop-in',
		'Reading group',
		'ESOL class'
	],
	volunteering: ['Volunteer drivers', 'Charity shop volunteers', 'Time bank'],
	'money-advice': [
		'Debt advice',
		'Benefits advice',
		'Welfare rights surgery',
		'Energy bills help',
		'Money matters'
	],
	housing: ['Housing advice', 'Tenancy support', 'Warm homes advice'],
	food: ['Food bank', 'Community pantry', 'Community cafe', 'Hot meal night'],
	work: ['Job club', 'CV workshop', 'Back to work'],
	'mental-wellbeing': [
		'Wellbeing cafe',
		'Mindfulness',
		'Anxiety support',
		'Talking group',
		'Low mood course'
	],
	'health-conditions': [
		'Diabetes education',
		'Breathe easy',
		'Chronic pain support',
		'Stroke club',
		'Cardiac rehab'
	],
	'healthy-eating': ['Cook and eat', 'Weight management', 'Healthy cooking'],
	'memory-dementia': ['Memory cafe', 'Dementia friends', 'Carers and memory'],
	carers: ['Carers cafe', 'Carer support', 'Young carers'],
	bereavement: ['Bereavement support', 'Grief cafe', 'Widowed friends'],
	families: ['Stay and play', 'Parent and toddler', 'Family fun', 'Holiday club']
};
const SENTENCES = [
	'Everyone is welcome, whatever your experience.',
	'Come along for a friendly chat and a cup of tea.',
	'Run by local volunteers who know the area well.',
	'No need to book: just turn up on the day.',
	'We meet in a warm, accessible room with a kitchen.',
	'Bring a friend if you like, or come on your own.',
	'Our trained staff can help you with forms and phone calls.',
	'Refreshments are provided and there is a quiet corner.'
];

export function syntheticDirectory(size: number, seed = 1, today = '2026-11-21'): Activity[] {
	const rnd = mulberry32(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
	const gauss = () => Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd());
	const orgCount = Math.max(1, Math.round(size / 8));
	const orgVenues: Venue[][] = [];
	for (let o = 0; o < orgCount; o++) {
		orgVenues.push(Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, v) => venue(o, v)));
	}
	function venue(o: number, v: number): Venue {
		const tri = () => (rnd() < 0.6 ? true : rnd() < 0.5 ? false : undefined);
		return {
			id: `venue-${o}-${v}`,
			name: `${pick(AREAS)} community centre`,
			address: { line1: `${1 + v} High Street`, town: 'Newcastle upon Tyne', postcode: 'NE4 6SH' },
			lat: CENTRE.lat + gauss() * 0.06,
			lng: CENTRE.lng + gauss() * 0.1,
			access: {
				'step-free': tri(),
				'accessible-toilet': tri(),
				'hearing-loop': tri(),
				'quiet-space': tri()
			}
		};
	}
	return Array.from({ length: size }, (_, i) => {
		const first = pick(CATEGORY_IDS);
		const categories = [first, ...(rnd() < 0.4 ? [pick(CATEGORY_IDS)] : [])].filter(
			(c, at, all) => all.indexOf(c) === at
		);
		const org = Math.floor(rnd() * orgCount);
		const place = rnd();
		const area = pick(AREAS);
		const name = `${pick(NAMES[first])} ${area}`;
		return {
			id: `synthetic-${i}`,
			organisation: { id: `org-${org}`, name: `${area} Community Trust ${org}` },
			name,
			summary: `${name}: ${CATEGORY_LABELS[first].toLowerCase()} for local people.`,
			description: Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick(SENTENCES)).join(
				' '
			),
			categories,
			keywords: rnd() < 0.5 ? [pick(NAMES[first]).toLowerCase()] : [],
			venues:
				place < 0.1 || (place >= 0.1 && place < 0.15)
					? []
					: orgVenues[org].slice(0, 1 + Math.floor(rnd() * 2)),
			online: place < 0.1 || place > 0.95,
			schedule: { sessions: sessions(rnd, pick, today) },
			cost: cost(rnd),
			minAge: rnd() < 0.1 ? 50 : rnd() < 0.05 ? 18 : undefined,
			maxAge: rnd() < 0.05 ? 25 : undefined,
			audience: rnd() < 0.85 ? [] : [pick(AUDIENCES)],
			languages: rnd() < 0.06 ? ['en', pick(['ar', 'ur', 'pl', 'bn', 'so'])] : ['en'],
			howToJoin: 'turn-up',
			contact: {},
			capacity: rnd() < 0.85 ? 'open' : rnd() < 0.6 ? 'waitlist' : 'full',
			status: rnd() < 0.95 ? 'active' : 'temporarily closed',
			lastReviewed: rnd() < 0.9 ? shiftDate(today, -Math.floor(rnd() * 1000)) : null,
			source: 'synthetic',
			sourceId: String(i),
			demo: true
		} satisfies Activity;
	});
}

function sessions(rnd: () => number, pick: <T>(l: readonly T[]) => T, today: string): Session[] {
	const kind = rnd();
	const hour = 9 + Math.floor(rnd() * 11);
	const time = {
		startTime: `${String(hour).padStart(2, '0')}:00`,
		endTime: `${String(hour + 2).padStart(2, '0')}:00`
	};
	if (kind < 0.55) return [{ frequency: 'weekly', days: [pick(WEEKDAYS)], ...time }];
	if (kind < 0.7)
		return [
			{
				frequency: 'fortnightly',
				days: [pick(WEEKDAYS)],
				startDate: shiftDate(today, -Math.floor(rnd() * 60)),
				...time
			}
		];
	if (kind < 0.85)
		return [
			{ frequency: 'monthly', days: [pick(WEEKDAYS)], weekOfMonth: pick([1, 2, 3, 4, -1]), ...time }
		];
	if (kind < 0.92)
		return [
			{
				frequency: 'once',
				days: [],
				startDate: shiftDate(today, Math.floor(rnd() * 60) - 20),
				...time
			}
		];
	if (kind < 0.97) return [{ frequency: 'weekly', days: ['mon', 'wed', 'fri'], ...time }];
	return [];
}

function cost(rnd: () => number): Cost {
	const kind = rnd();
	if (kind < 0.45) return { kind: 'free' };
	if (kind < 0.6) return { kind: 'donation' };
	if (kind < 0.9)
		return {
			kind: 'paid',
			amount: 1 + Math.floor(rnd() * 8),
			per: rnd() < 0.8 ? 'session' : 'month'
		};
	return { kind: 'unknown' };
}

function shiftDate(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
