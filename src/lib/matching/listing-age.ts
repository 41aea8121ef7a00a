/** When a listing's details are too old to trust without checking (TUNING.STALE_LISTING_DAYS). */
import { dayFromDate, toLocalMoment } from './london-time';
import { TUNING } from './tuning';

/** Both are London day numbers. */
export function isStaleDay(reviewedDay: number, today: number): boolean {
	return today - reviewedDay > TUNING.STALE_LISTING_DAYS;
}

/** True when `lastReviewed` (YYYY-MM-DD) is more than TUNING.STALE_LISTING_DAYS before `now`. */
export function isListingStale(lastReviewed: string, now = new Date()): boolean {
	return isStaleDay(dayFromDate(lastReviewed), toLocalMoment(now).day);
}
