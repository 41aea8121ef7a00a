/**
 * People whose results turn on who an activity is for and when they are free: the profiles
 * alone, so the persona tests and the persona report (`scripts/bench/personas.ts`) read
 * the same people.
 */
import type { NeedsProfile } from '../profile';
import { ELSWICK, KENTON } from './persona-helpers';

type Slot = NonNullable<NeedsProfile['availability']>[number];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const slots = (days: readonly Slot['day'][], parts: readonly Slot['part'][]): Slot[] =>
	days.flatMap((day) => parts.map((part) => ({ day, part })));

export const WEEKDAY_DAYTIMES = slots(WEEKDAYS, ['morning', 'afternoon']);
export const WEEKDAY_EVENING_SLOTS = slots(WEEKDAYS, ['evening']);
export const WEEKENDS = slots(['sat', 'sun'], ['morning', 'afternoon', 'evening']);
export const WEEKDAY_MORNINGS = slots(WEEKDAYS, ['morning']);

export interface FitPersona {
	key: string;
	who: string;
	profile: NeedsProfile;
}

export const FIT_PERSONAS: readonly FitPersona[] = [
	{
		key: 'widow-78',
		who: 'a lonely widow of 78, not a carer, no young children',
		profile: {
			categories: ['meeting-people', 'bereavement'],
			text: 'lonely since my husband died',
			age: 78,
			carer: false,
			youngChildren: false,
			origin: ELSWICK
		}
	},
	{
		key: 'man-works-weekdays',
		who: 'a man of 34 who works weekdays: free weekday evenings and weekends',
		profile: {
			categories: ['being-active', 'meeting-people'],
			age: 34,
			availability: [...WEEKDAY_EVENING_SLOTS, ...WEEKENDS],
			singleSexGroups: 'men',
			carer: false,
			youngChildren: false,
			origin: ELSWICK
		}
	},
	{
		key: 'parent-toddler',
		who: 'a parent of 29 with a toddler',
		profile: {
			categories: ['families', 'meeting-people'],
			age: 29,
			youngChildren: true,
			origin: ELSWICK
		}
	},
	{
		key: 'young-carer',
		who: 'a young carer of 14',
		profile: {
			categories: ['carers', 'being-active'],
			age: 14,
			carer: true,
			origin: ELSWICK
		}
	},
	{
		key: 'woman-women-only',
		who: 'a woman of 45 who wants women-only groups',
		profile: {
			categories: ['being-active', 'mental-wellbeing'],
			age: 45,
			singleSexGroups: 'women',
			origin: ELSWICK
		}
	},
	{
		key: 'man-no-single-sex',
		who: 'a man of 52 who does not want single-sex groups',
		profile: {
			categories: ['mental-wellbeing', 'meeting-people'],
			age: 52,
			singleSexGroups: 'none',
			origin: ELSWICK
		}
	},
	{
		key: 'retired-man-shed',
		who: 'a retired man of 70 who would like a men-only group',
		profile: {
			categories: ['arts-crafts', 'meeting-people'],
			age: 70,
			singleSexGroups: 'men',
			carer: false,
			origin: ELSWICK
		}
	},
	{
		key: 'night-shift',
		who: 'a night-shift worker of 41, free weekday mornings only',
		profile: {
			categories: ['being-active'],
			age: 41,
			availability: WEEKDAY_MORNINGS,
			origin: ELSWICK
		}
	},
	{
		key: 'bereaved-worker',
		who: 'a bereaved man of 60 who works: free weekday evenings',
		profile: {
			categories: ['bereavement'],
			age: 60,
			availability: WEEKDAY_EVENING_SLOTS,
			origin: ELSWICK
		}
	},
	{
		key: 'dad-baby',
		who: 'a dad of 31 with a baby',
		profile: {
			categories: ['families'],
			age: 31,
			youngChildren: true,
			singleSexGroups: 'men',
			origin: ELSWICK
		}
	},
	{
		key: 'older-carer',
		who: 'a man of 74 caring for his wife, who has dementia',
		profile: {
			categories: ['carers', 'memory-dementia'],
			age: 74,
			carer: true,
			origin: KENTON
		}
	},
	{
		key: 'lgbtq-student',
		who: 'a gay student of 19 with low mood',
		profile: {
			categories: ['mental-wellbeing', 'meeting-people'],
			text: 'lgbt',
			age: 19,
			origin: ELSWICK
		}
	},
	{
		key: 'skipped-about-you',
		who: 'a woman of 30 who skipped the questions about herself',
		profile: { categories: ['meeting-people'], origin: ELSWICK }
	},
	{
		key: 'weekend-gardener',
		who: 'a retired gardener of 67, free at weekends only',
		profile: {
			categories: ['nature-gardening'],
			age: 67,
			availability: WEEKENDS,
			origin: ELSWICK
		}
	},
	{
		key: 'weekday-daytime-volunteer',
		who: 'a woman of 58 who wants to volunteer on weekday daytimes',
		profile: {
			categories: ['volunteering'],
			age: 58,
			availability: WEEKDAY_DAYTIMES,
			origin: ELSWICK
		}
	}
];
