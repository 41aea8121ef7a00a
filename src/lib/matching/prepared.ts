/**
 * What the ranking needs from each activity, worked out once per directory version:
 * venue trigonometry, compiled sessions, cost level, category indexes, review day.
 */
import { CATEGORY_IDS } from '../directory/categories';
import { activityMode, type Activity, type ActivityMode, type Venue } from '../directory/model';
import { prepareAudience, type PreparedAudience } from './audience';
import { costLevel, type CostLevel } from './cost';
import { preparePoint, type PreparedPoint } from './geo';
import { dayFromDate } from './london-time';
import { compileSchedule, type CompiledSession } from './schedule';

export interface PreparedVenue extends PreparedPoint {
	venue: Venue;
}

export interface PreparedActivity {
	activity: Activity;
	isActive: boolean;
	minAge: number;
	maxAge: number;
	costLevel: CostLevel;
	audience: PreparedAudience;
	mode: ActivityMode;
	isOnline: boolean;
	venues: PreparedVenue[];
	/** Indexes into CATEGORY_IDS. */
	categories: number[];
	sessions: CompiledSession[];
	reviewedDay: number | null;
	/** For deterministic ties: lower-cased name, then id. */
	sortName: string;
}

export function prepareActivity(activity: Activity): PreparedActivity {
	const sessions = compileSchedule(activity.schedule);
	return {
		activity,
		isActive: activity.status === 'active',
		minAge: activity.minAge ?? -Infinity,
		maxAge: activity.maxAge ?? Infinity,
		costLevel: costLevel(activity.cost, sessions),
		audience: prepareAudience(activity.audience, activity.languages),
		mode: activityMode(activity),
		isOnline: activity.online,
		venues: activity.venues.map((venue) => ({ ...preparePoint(venue), venue })),
		categories: activity.categories
			.map((id) => (CATEGORY_IDS as readonly string[]).indexOf(id))
			.filter((index) => index >= 0),
		sessions,
		reviewedDay: activity.lastReviewed ? dayFromDate(activity.lastReviewed) : null,
		sortName: activity.name.toLowerCase()
	};
}

/** Score descending, then name, then id: the same order on every run and every device. */
export function compareRanked(
	a: { score: number; prepared: PreparedActivity },
	b: { score: number; prepared: PreparedActivity }
): number {
	if (b.score !== a.score) return b.score - a.score;
	if (a.prepared.sortName !== b.prepared.sortName) {
		return a.prepared.sortName < b.prepared.sortName ? -1 : 1;
	}
	const idA = a.prepared.activity.id;
	const idB = b.prepared.activity.id;
	return idA < idB ? -1 : idA > idB ? 1 : 0;
}
