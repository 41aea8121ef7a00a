/**
 * The marker on every service Waymark publishes (DESIGN.md §3.1). Only it says a record is
 * Waymark's own, whose attributes are complete; other `wm_` fields appear in feeds that adopted
 * them and prove nothing.
 */
import type { Json } from './types';

export const WAYMARK_SCHEMA = 'waymark-1';

export function isWaymarkRecord(service: Json): boolean {
	return service.wm_schema === WAYMARK_SCHEMA;
}
