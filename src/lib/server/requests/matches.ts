/**
 * The best few activities for a person's shared answers, worked out when a link worker looks,
 * in the staff pages' English.
 */
import type { Database } from '$lib/server/db';
import { listActivities } from '$lib/server/db/activities';
import { cautionText, reasonText } from '$lib/format/results';
import { rank, type NeedsProfile } from '$lib/matching';

export const TOP_MATCHES = 5;

export interface TopMatch {
	id: string;
	name: string;
	organisation: string;
	reasons: string[];
	cautions: string[];
}

export async function topMatches(
	database: Database,
	profile: NeedsProfile,
	now = new Date()
): Promise<TopMatch[]> {
	const activities = await listActivities(database, { activeOnly: true });
	return rank(profile, activities, { now, limit: TOP_MATCHES }).results.map((r) => ({
		id: r.id,
		name: r.activity.name,
		organisation: r.activity.organisation.name,
		reasons: r.reasons.map((reason) => reasonText(reason)),
		cautions: r.cautions.map((c) => cautionText(c))
	}));
}
