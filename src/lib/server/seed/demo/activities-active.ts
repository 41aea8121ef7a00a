/** Demo activities: walking, exercise, sport, cycling, gardening and green spaces. */
import { course, fortnightly, monthly, once, weekly } from './schedule';
import { donation, FREE, paid, type ActivityTemplate } from './template';

export const ACTIVE_ACTIVITIES: ActivityTemplate[] = [
	{
		slug: 'elswick-park-health-walk',
		org: 'west-end-walkers',
		name: 'Elswick Park health walk',
		summary: 'A gentle hour-long walk around Elswick Park with a trained walk leader.',
		description:
			'A flat, slow-paced walk on firm paths, suitable if you have not walked far for a while.\n\nMeet at the pavilion. Tea afterwards for anyone who wants to stay and chat.',
		categories: ['being-active', 'meeting-people'],
		keywords: ['walking', 'health walk', 'park'],
		at: ['elswick-park-pavilion'],
		when: [weekly('tue', '10:00-11:00')],
		cost: FREE
	},
	{
		slug: 'town-moor-stride',
		org: 'west-end-walkers',
		name: 'Town Moor stride',
		summary: 'A brisker 90-minute walk across the Town Moor for people who already walk a bit.',
		description:
			'About four miles at a steady pace, on grass and tracks that can be muddy. Wear sturdy shoes.',
		categories: ['being-active', 'nature-gardening'],
		keywords: ['walking', 'town moor', 'fitness'],
		at: ['town-moor-gate'],
		when: [weekly('thu', '10:30-12:00')],
		cost: FREE,
		reviewedDaysAgo: 410
	},
	{
		slug: 'leazes-park-short-walk',
		org: 'west-end-walkers',
		name: 'Leazes Park short walk',
		summary: 'A 30-minute walk around the lake for people living with a long-term condition.',
		description:
			'Short, flat and slow, with benches along the way. Designed with physiotherapists for people with heart or lung conditions, arthritis or diabetes, or who are getting back on their feet.',
		categories: ['being-active', 'health-conditions', 'meeting-people'],
		keywords: ['walking', 'heart', 'arthritis', 'gentle'],
		at: ['leazes-park-gates'],
		when: [weekly('mon', '13:30-14:15')],
		cost: FREE
	},
	{
		slug: 'denton-burn-weekend-walk',
		org: 'west-end-walkers',
		name: 'Denton Burn weekend walk',
		summary: 'A two-hour Saturday walk along the Denton Burn and out to the countryside edge.',
		description:
			'Every other Saturday. Some stiles and slopes; not suitable for wheelchairs. Bring a drink and a snack.',
		categories: ['being-active', 'nature-gardening'],
		keywords: ['walking', 'countryside', 'weekend'],
		at: ['denton-burn-library'],
		when: [fortnightly('sat', '10:00-12:00')],
		cost: FREE
	},
	{
		slug: 'kenton-evening-walk',
		org: 'west-end-walkers',
		name: 'Kenton after-work walk',
		summary: 'A one-hour evening walk from Kenton community centre, all year round.',
		description:
			'On lit streets and paths in winter and through the parks in summer. A good way to unwind after work.',
		categories: ['being-active', 'meeting-people'],
		keywords: ['walking', 'evening', 'after work'],
		at: ['kenton-community-centre'],
		when: [weekly('wed', '18:00-19:00')],
		cost: FREE
	},
	{
		slug: 'walk-leader-training-day',
		org: 'west-end-walkers',
		name: 'Walk leader training day',
		summary: 'A free one-day course for people who would like to lead health walks as a volunteer.',
		description:
			'Covers planning a route, keeping a group safe and helping new walkers feel welcome. Lunch provided. Book a place.',
		categories: ['volunteering', 'learning-skills', 'being-active'],
		keywords: ['walk leader', 'training', 'volunteer'],
		at: ['westgate-hub'],
		when: [once(24, '10:00-15:00')],
		cost: FREE,
		join: 'contact-first'
	},
	{
		slug: 'elswick-green-gym-wednesday',
		org: 'elswick-green-gym',
		name: 'Green gym in Elswick Park',
		summary:
			'Get fit outdoors by helping to look after the park: planting, path-mending and clearing.',
		description:
			'Tools, gloves and training provided. Work at your own pace; there is always a lighter job.\n\nWe stop for tea and biscuits halfway.',
		categories: ['nature-gardening', 'being-active', 'volunteering'],
		keywords: ['green gym', 'conservation', 'outdoors'],
		at: ['elswick-park-pavilion'],
		when: [weekly('wed', '10:00-13:00')],
		cost: FREE
	},
	{
		slug: 'green-gym-dene-day',
		org: 'elswick-green-gym',
		name: 'Riverside dene work day',
		summary: 'A monthly Saturday conservation day in the dene by the river.',
		description:
			'Hedge-laying, bird boxes and clearing litter from the burn. Good for families with older children.',
		categories: ['nature-gardening', 'volunteering', 'being-active'],
		keywords: ['conservation', 'weekend', 'wildlife'],
		at: ['scotswood-riverside-garden'],
		when: [monthly('first', 'sat', '10:00-13:00')],
		cost: FREE,
		minAge: 12
	},
	{
		slug: 'green-gym-tree-planting',
		org: 'elswick-green-gym',
		name: 'Winter tree-planting day',
		summary: 'A one-off day planting native trees along the park edge.',
		description: 'Part of a project to plant 500 trees in the West End this winter.',
		categories: ['nature-gardening', 'volunteering'],
		keywords: ['trees', 'planting', 'climate'],
		at: ['elswick-park-pavilion'],
		when: [once(-20, '10:00-14:00')],
		cost: FREE
	},
	{
		slug: 'benwell-shared-allotment-plots',
		org: 'benwell-growing-together',
		name: 'Shared allotment plots',
		summary:
			'A half-plot to grow your own fruit and vegetables, with help from an experienced grower.',
		description:
			'Plots are shared by two or three people. All plots are taken at the moment; ask to join the waiting list.',
		categories: ['nature-gardening', 'food'],
		keywords: ['allotment', 'vegetables', 'grow your own'],
		at: ['benwell-dene-allotments'],
		when: [weekly('thu', '10:00-13:00')],
		cost: paid(20, { per: 'course', note: '£20 a year for a half-plot' }),
		join: 'contact-first',
		capacity: 'full'
	},
	{
		slug: 'benwell-allotment-open-morning',
		org: 'benwell-growing-together',
		name: 'Allotment open morning',
		summary: 'Drop in to help on the community plot, learn to grow food and take some home.',
		description:
			'No experience needed. Jobs for every ability, from sowing seeds at the potting table to digging.',
		categories: ['nature-gardening', 'meeting-people', 'food'],
		keywords: ['allotment', 'gardening', 'weekend'],
		at: ['benwell-dene-allotments'],
		when: [weekly('sat', '10:00-12:00')],
		cost: FREE
	},
	{
		slug: 'grow-cook-eat',
		org: 'benwell-growing-together',
		name: 'Grow, cook, eat',
		summary: 'A six-week course: pick vegetables on the allotment, then cook and share a meal.',
		description:
			'Simple, cheap recipes using what is in season. Each week ends with lunch together. Places are limited, so please book.',
		categories: ['healthy-eating', 'nature-gardening', 'food'],
		keywords: ['cooking', 'vegetables', 'course'],
		at: ['benwell-dene-allotments'],
		when: [course('tue', '10:00-13:00', 16, 6)],
		cost: FREE,
		join: 'contact-first'
	},
	{
		slug: 'scotswood-therapeutic-gardening',
		org: 'scotswood-riverside-garden-trust',
		name: 'Therapeutic gardening',
		summary: 'Small, calm gardening sessions for people whose mental health is making life hard.',
		description:
			'A group of up to eight, with a horticultural therapist. Come through your link worker or GP.',
		categories: ['nature-gardening', 'mental-wellbeing'],
		keywords: ['gardening', 'anxiety', 'depression', 'therapy'],
		at: ['scotswood-riverside-garden'],
		when: [weekly('tue', '10:00-12:30')],
		cost: FREE,
		minAge: 18,
		join: 'via-link-worker',
		capacity: 'waitlist'
	},
	{
		slug: 'scotswood-garden-family-saturday',
		org: 'scotswood-riverside-garden-trust',
		name: 'Family garden club',
		summary: 'A monthly Saturday morning of bug hunts, planting and den building for families.',
		description: 'Children must come with an adult. Wellies recommended.',
		categories: ['families', 'nature-gardening'],
		keywords: ['children', 'outdoors', 'weekend'],
		at: ['scotswood-riverside-garden'],
		when: [monthly('second', 'sat', '10:00-12:00')],
		cost: FREE,
		eligibility: 'Families with children of any age'
	},
	{
		slug: 'scotswood-nature-ramble',
		org: 'scotswood-riverside-garden-trust',
		name: 'Sunday nature ramble',
		summary: 'A slow walk by the Tyne looking at birds, plants and the changing seasons.',
		description: 'Binoculars to borrow. About 90 minutes, mostly flat.',
		categories: ['nature-gardening', 'being-active'],
		keywords: ['wildlife', 'birds', 'river', 'walking'],
		at: ['scotswood-riverside-garden'],
		when: [monthly('last', 'sun', '14:00-15:30')],
		cost: FREE
	},
	{
		slug: 'spital-tongues-garden-sunday',
		org: 'spital-tongues-gardeners',
		name: 'Sunday gardening in Spital Tongues',
		summary: 'Neighbours tending the community garden together, with a cuppa at the end.',
		description:
			'Weeding, planting, watering and harvesting herbs. Paths are gravel with some steps.',
		categories: ['nature-gardening', 'volunteering', 'meeting-people'],
		keywords: ['gardening', 'herbs', 'weekend'],
		at: ['spital-tongues-garden'],
		when: [weekly('sun', '11:00-13:00')],
		cost: FREE,
		reviewedDaysAgo: null
	},
	{
		slug: 'spital-tongues-seed-swap',
		org: 'spital-tongues-gardeners',
		name: 'Seed swap and plant sale',
		summary: 'Bring spare seeds or cuttings, take some home, and meet local growers.',
		description: 'Plants from 50p. Money raised goes to new raised beds.',
		categories: ['nature-gardening', 'meeting-people'],
		keywords: ['seeds', 'plants', 'swap'],
		at: ['spital-tongues-hall'],
		when: [once(40, '11:00-14:00')],
		cost: FREE
	},
	{
		slug: 'walking-football-over-50s',
		org: 'westgate-walking-football',
		name: 'Walking football for over 50s',
		summary: 'Football at walking pace, indoors, for men and women aged 50 and over.',
		description:
			'No running, no tackling from behind, plenty of laughs. Trainers needed. Many players have heart or joint problems.',
		categories: ['being-active', 'meeting-people'],
		keywords: ['football', 'walking football', 'sport'],
		at: ['kenton-leisure-centre'],
		when: [weekly('mon', '19:00-20:00')],
		cost: paid(3),
		minAge: 50,
		eligibility: 'Aged 50 and over'
	},
	{
		slug: 'walking-football-women',
		org: 'westgate-walking-football',
		name: "Women's walking football",
		summary: 'Relaxed walking football for women of any age and fitness.',
		description: 'Never played before? Most of us had not either.',
		categories: ['being-active'],
		keywords: ['football', 'women', 'sport'],
		at: ['nuns-moor-pavilion'],
		when: [weekly('thu', '18:00-19:00')],
		cost: paid(2),
		minAge: 16,
		eligibility: 'Women aged 16 and over'
	},
	{
		slug: 'chair-exercise-arthurs-hill',
		org: 'silver-steps',
		name: "Chair exercise in Arthur's Hill",
		summary: 'Seated exercise to music to keep joints moving and build strength.',
		description:
			'Everything can be done sitting down. Suitable for people with arthritis, after a fall or with limited mobility.',
		categories: ['being-active', 'health-conditions'],
		keywords: ['chair exercise', 'seated', 'older people', 'arthritis'],
		at: ['arthurs-hill-centre'],
		when: [weekly('tue', '11:00-12:00')],
		cost: paid(2),
		minAge: 55
	},
	{
		slug: 'strength-and-balance',
		org: 'silver-steps',
		name: 'Strength and balance course',
		summary: 'A 12-week course to build strength and steadiness for people at risk of falls.',
		description:
			'Run by a postural stability instructor. Each person gets exercises to practise at home too.',
		categories: ['being-active', 'health-conditions'],
		keywords: ['falls', 'balance', 'strength', 'older people'],
		at: ['denton-burn-church-hall'],
		when: [course('fri', '10:00-11:00', 10, 12)],
		cost: FREE,
		minAge: 60,
		join: 'via-link-worker',
		capacity: 'waitlist'
	},
	{
		slug: 'chair-exercise-kenton',
		org: 'silver-steps',
		name: 'Chair exercise and a cuppa',
		summary: 'A gentle seated exercise class in Kenton followed by tea and a chat.',
		description: 'Relaxed and sociable; go at your own pace.',
		categories: ['being-active', 'meeting-people'],
		keywords: ['chair exercise', 'older people', 'tea'],
		at: ['kenton-community-centre'],
		when: [weekly('wed', '14:00-15:00')],
		cost: donation(),
		minAge: 50
	},
	{
		slug: 'tai-chi-elswick',
		org: 'riverside-tai-chi',
		name: 'Tai chi for beginners',
		summary: 'Slow, flowing tai chi movements to help balance, breathing and calm.',
		description: 'Can be done standing or seated. Wear loose clothes.',
		categories: ['being-active', 'mental-wellbeing'],
		keywords: ['tai chi', 'balance', 'relaxation'],
		at: ['elswick-community-hall'],
		when: [weekly('thu', '10:00-11:00')],
		cost: paid(4, { concessions: '£2 for people on benefits' })
	},
	{
		slug: 'tai-chi-in-the-park',
		org: 'riverside-tai-chi',
		name: 'Tai chi in the park',
		summary: 'Sunday morning tai chi outdoors in Leazes Park, spring to autumn.',
		description: 'Meet at the Richardson Road gates. Cancelled in heavy rain.',
		categories: ['being-active', 'nature-gardening'],
		keywords: ['tai chi', 'outdoors', 'weekend'],
		at: ['leazes-park-gates'],
		when: [weekly('sun', '09:30-10:30')],
		scheduleNote: 'April to September only',
		cost: donation(),
		reviewedDaysAgo: 520
	},
	{
		slug: 'qigong-online',
		org: 'riverside-tai-chi',
		name: 'Qigong at home',
		summary: 'An evening qigong class on video call that you can follow from your living room.',
		description:
			'Gentle standing or seated movements and breathing. The link is sent when you book.',
		categories: ['being-active', 'mental-wellbeing'],
		keywords: ['qigong', 'online', 'breathing'],
		at: [],
		online: true,
		when: [weekly('tue', '19:00-19:45')],
		cost: paid(3),
		join: 'contact-first'
	},
	{
		slug: 'gentle-yoga-wingrove',
		org: 'calm-corner-yoga',
		name: 'Gentle yoga',
		summary: 'A slow, beginner-friendly yoga class with plenty of rests.',
		description: 'Mats provided. Tell the teacher about any injuries or conditions.',
		categories: ['being-active', 'mental-wellbeing'],
		keywords: ['yoga', 'stretching', 'evening'],
		at: ['wingrove-community-rooms'],
		when: [weekly('mon', '18:30-19:30')],
		cost: paid(4, { concessions: '£2 for people on benefits' })
	},
	{
		slug: 'chair-yoga-fenham',
		org: 'calm-corner-yoga',
		name: 'Chair yoga',
		summary: 'Yoga done sitting on or holding a chair, for people with limited mobility.',
		description: 'Stretching, breathing and relaxation. No need to get down on the floor.',
		categories: ['being-active', 'health-conditions'],
		keywords: ['yoga', 'chair', 'mobility'],
		at: ['fenham-community-library'],
		when: [weekly('fri', '13:30-14:30')],
		cost: paid(3)
	},
	{
		slug: 'yoga-for-stress-course',
		org: 'calm-corner-yoga',
		name: 'Yoga for stress: six-week course',
		summary: 'A six-week evening course using yoga and breathing to manage stress.',
		description: 'Pay for the course up front; a few free places for people on low incomes.',
		categories: ['being-active', 'mental-wellbeing'],
		keywords: ['yoga', 'stress', 'course'],
		at: ['city-learning-rooms'],
		when: [course('wed', '19:00-20:15', 20, 6)],
		cost: paid(30, { per: 'course', concessions: 'Free places for people on low incomes' }),
		join: 'contact-first'
	},
	{
		slug: 'learn-to-ride',
		org: 'pedal-west',
		name: 'Learn to ride a bike',
		summary: 'Adult cycling lessons on a traffic-free field, bikes and helmets provided.',
		description: 'From never ridden to confident on the road. Lessons in small groups.',
		categories: ['being-active', 'learning-skills'],
		keywords: ['cycling', 'bike', 'lessons'],
		at: ['cowgate-playing-fields'],
		when: [weekly('sat', '10:00-12:00')],
		cost: FREE,
		minAge: 16,
		join: 'contact-first'
	},
	{
		slug: 'led-ride-sunday',
		org: 'pedal-west',
		name: 'Sunday led ride',
		summary: 'A monthly slow-paced bike ride on quiet paths, with a café stop.',
		description: 'About 10 miles along the river. Bikes can be borrowed if you book ahead.',
		categories: ['being-active', 'meeting-people'],
		keywords: ['cycling', 'ride', 'weekend'],
		at: ['elswick-park-pavilion'],
		when: [monthly('first', 'sun', '10:00-13:00')],
		cost: FREE
	},
	{
		slug: 'bike-repair-workshop',
		org: 'pedal-west',
		name: 'Fix your bike workshop',
		summary: 'Learn to mend your own bike with help from volunteer mechanics.',
		description: 'Tools and stands available. Spare parts at cost. Volunteers always welcome.',
		categories: ['learning-skills', 'volunteering'],
		keywords: ['bike repair', 'mechanics', 'evening'],
		at: ['westgate-hub'],
		when: [weekly('wed', '17:30-19:30')],
		cost: donation()
	},
	{
		slug: 'women-only-swim',
		org: 'kenton-leisure-trust',
		name: 'Women-only swim',
		summary: 'A relaxed swim session with female staff and the windows screened.',
		description: 'Lane and free swimming. Modest swimwear welcome.',
		categories: ['being-active'],
		keywords: ['swimming', 'women', 'pool'],
		at: ['kenton-leisure-centre'],
		when: [weekly('sun', '16:00-17:00')],
		cost: paid(2.5),
		eligibility: 'Women and girls; girls under 8 with an adult',
		languages: ['en', 'ur', 'ar']
	},
	{
		slug: 'aqua-fit-over-50s',
		org: 'kenton-leisure-trust',
		name: 'Aqua fit for over 50s',
		summary: 'Exercise in the water, easy on the joints.',
		description: 'In the shallow end; you do not need to be able to swim.',
		categories: ['being-active'],
		keywords: ['aqua', 'swimming', 'joints'],
		at: ['kenton-leisure-centre'],
		when: [weekly('tue', '10:00-10:45')],
		cost: paid(3.5),
		minAge: 50
	},
	{
		slug: 'exercise-referral-programme',
		org: 'kenton-leisure-trust',
		name: 'Exercise on referral',
		summary: 'A 12-week supervised gym and swim programme for people with a health condition.',
		description:
			'An instructor plans exercise around your condition. Needs a referral from a GP, nurse or link worker.',
		categories: ['being-active', 'health-conditions'],
		keywords: ['gym', 'referral', 'exercise'],
		at: ['kenton-leisure-centre'],
		when: [weekly(['mon', 'wed', 'fri'], '09:00-16:00')],
		scheduleNote: 'Come at any time in these hours',
		cost: paid(36, { per: 'course', concessions: 'Free for people on benefits' }),
		minAge: 16,
		join: 'via-link-worker'
	},
	{
		slug: 'boxing-fitness-youth',
		org: 'west-end-boxing-academy',
		name: 'Youth boxing fitness',
		summary: 'Non-contact boxing training for 11 to 18 year olds, with coaches who listen.',
		description: 'Pads, skipping and circuits. Gloves to borrow. A snack after every session.',
		categories: ['being-active', 'mental-wellbeing'],
		keywords: ['boxing', 'young people', 'fitness'],
		at: ['benwell-grove-hall'],
		when: [weekly(['mon', 'wed'], '17:00-18:30')],
		cost: FREE,
		minAge: 11,
		maxAge: 18
	},
	{
		slug: 'boxing-fitness-adults',
		org: 'west-end-boxing-academy',
		name: 'Boxercise for adults',
		summary: 'A lively non-contact boxing workout for adults of any fitness.',
		description: 'Friday evening circuit class. Bring water.',
		categories: ['being-active'],
		keywords: ['boxing', 'fitness', 'evening'],
		at: ['benwell-grove-hall'],
		when: [weekly('fri', '18:30-19:30')],
		cost: paid(4),
		minAge: 18
	},
	{
		slug: 'boxing-mentoring',
		org: 'west-end-boxing-academy',
		name: 'Box clever mentoring',
		summary:
			'Boxing training and one-to-one mentoring for 16 to 25s who are not in work or education.',
		description:
			'Training twice a week plus help with CVs, applications and confidence. Several members have gone on to jobs and college.',
		categories: ['work', 'being-active', 'learning-skills'],
		keywords: ['mentoring', 'young people', 'NEET', 'jobs'],
		at: ['benwell-grove-hall'],
		when: [weekly(['tue', 'thu'], '13:00-15:00')],
		cost: FREE,
		minAge: 16,
		maxAge: 25,
		join: 'contact-first'
	}
];
