import { staffLoad } from '$lib/server/auth/access';
import { loadAreaConfig } from '$lib/server/area';
import { getDatabase } from '$lib/server/db';
import {
	listInbox,
	timeWaiting,
	type AssignedFilter,
	type StatusFilter
} from '$lib/server/requests/inbox';
import { pcnName, practiceName } from '$lib/server/requests/routing';
import type { PageServerLoad, RequestEvent } from './$types';

const STATUS_FILTERS: readonly StatusFilter[] = [
	'open',
	'new',
	'contacted',
	'in-progress',
	'closed',
	'all'
];
const ASSIGNED_FILTERS: readonly AssignedFilter[] = ['anyone', 'me', 'unassigned'];

function pick<T extends string>(value: string | null, allowed: readonly T[]): T {
	return allowed.includes(value as T) ? (value as T) : allowed[0];
}

/** The inbox: no personal details here, so listing is not a read of anyone's data. */
export const load: PageServerLoad = staffLoad('link-worker', async (event: RequestEvent, user) => {
	const status = pick(event.url.searchParams.get('status'), STATUS_FILTERS);
	const assigned = pick(event.url.searchParams.get('assigned'), ASSIGNED_FILTERS);
	const area = loadAreaConfig();
	const rows = await listInbox(await getDatabase(), {
		pcns: user.scopes,
		status,
		assigned,
		userId: user.id
	});
	const now = new Date();
	return {
		status,
		assigned,
		statusFilters: STATUS_FILTERS,
		assignedFilters: ASSIGNED_FILTERS,
		showPcn: user.scopes.length > 1,
		requests: rows.map((r) => ({
			...r,
			pcnName: pcnName(area, r.pcnId),
			practiceName: practiceName(area, r.practice),
			waiting: r.status === 'closed' ? null : timeWaiting(r.receivedAt, now)
		}))
	};
});
