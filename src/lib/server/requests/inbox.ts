/**
 * The link-worker inbox: a PCN's requests without the person's details (so listing is not a
 * read of personal data), new ones first and, within each status, longest waiting first.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import {
	OPEN_STATUSES,
	type ContactMethod,
	type RequestOutcome,
	type RequestStatus
} from './model';

export type StatusFilter = 'open' | 'all' | RequestStatus;
export type AssignedFilter = 'anyone' | 'me' | 'unassigned';

export interface InboxFilter {
	pcns: readonly string[];
	status?: StatusFilter;
	assigned?: AssignedFilter;
	userId?: string;
	limit?: number;
}

export interface InboxRow {
	reference: string;
	pcnId: string;
	practice: string | null;
	contactMethod: ContactMethod;
	status: RequestStatus;
	outcome: RequestOutcome | null;
	assignedName: string | null;
	isMine: boolean;
	receivedAt: string;
	closedAt: string | null;
}

export const INBOX_LIMIT = 200;

export async function listInbox({ db }: Database, filter: InboxFilter): Promise<InboxRow[]> {
	if (filter.pcns.length === 0) return [];
	const status = filter.status ?? 'open';
	let query = db
		.selectFrom('requests')
		.leftJoin('users', 'users.id', 'requests.assigned_to')
		.select([
			'reference',
			'pcn_id',
			'practice',
			'contact_method',
			'requests.status',
			'outcome',
			'assigned_to',
			'users.name as assigned_name',
			'received_at',
			'closed_at'
		])
		.where('pcn_id', 'in', [...filter.pcns]);
	if (status === 'open') query = query.where('requests.status', 'in', [...OPEN_STATUSES]);
	else if (status !== 'all') query = query.where('requests.status', '=', status);
	if (filter.assigned === 'me') query = query.where('assigned_to', '=', filter.userId ?? '');
	if (filter.assigned === 'unassigned') query = query.where('assigned_to', 'is', null);
	const rows = await query
		.orderBy(
			sql`case requests.status when 'new' then 0 when 'contacted' then 1 when 'in-progress' then 2 else 3 end`
		)
		// Open requests: longest waiting first. Closed ones: most recently closed first.
		.orderBy(sql`case when requests.status = 'closed' then closed_at end`, 'desc')
		.orderBy('received_at', 'asc')
		.limit(filter.limit ?? INBOX_LIMIT)
		.execute();
	return rows.map((r) => ({
		reference: r.reference,
		pcnId: r.pcn_id,
		practice: r.practice,
		contactMethod: r.contact_method,
		status: r.status,
		outcome: r.outcome,
		assignedName: r.assigned_name,
		isMine: filter.userId !== undefined && r.assigned_to === filter.userId,
		receivedAt: r.received_at,
		closedAt: r.closed_at
	}));
}

/** "3 days", "5 hours", "10 minutes": how long someone has been waiting. */
export function timeWaiting(since: string, now: Date): string {
	const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
	const [amount, unit] =
		minutes >= 2 * 24 * 60
			? [Math.floor(minutes / (24 * 60)), 'day']
			: minutes >= 60
				? [Math.floor(minutes / 60), 'hour']
				: [minutes, 'minute'];
	return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
