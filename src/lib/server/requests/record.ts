/** One request as a link worker sees it: the person's details and what has happened since. */
import type { Database } from '$lib/server/db';
import type { RequestEventKind, RequestsTable } from '$lib/server/db/schema';
import type { NeedsProfile } from '$lib/matching';
import type { ContactMethod, RequestOutcome, RequestStatus } from './model';

export interface RequestEvent {
	id: string;
	kind: RequestEventKind;
	actorName: string | null;
	status: RequestStatus | null;
	method: ContactMethod | null;
	outcome: string | null;
	body: string | null;
	at: string;
}

export interface RequestRecord {
	id: string;
	reference: string;
	pcnId: string;
	practice: string | null;
	name: string;
	contact: { method: ContactMethod; phone: string | null; email: string | null };
	bestTimes: string | null;
	needs: string | null;
	profile: NeedsProfile | null;
	language: string;
	source: string | null;
	area: string | null;
	status: RequestStatus;
	outcome: RequestOutcome | null;
	assignedTo: { id: string; name: string } | null;
	receivedAt: string;
	updatedAt: string;
	closedAt: string | null;
	events: RequestEvent[];
}

/** The request with this reference, or null. Callers check scope, then audit the read. */
export async function getRequest(
	{ db }: Database,
	reference: string
): Promise<RequestRecord | null> {
	const row = await db
		.selectFrom('requests')
		.leftJoin('users', 'users.id', 'requests.assigned_to')
		.selectAll('requests')
		.select('users.name as assigned_name')
		.where('reference', '=', reference)
		.executeTakeFirst();
	if (!row) return null;
	const events = await db
		.selectFrom('request_events')
		.leftJoin('users', 'users.id', 'request_events.actor_id')
		.selectAll('request_events')
		.select('users.name as actor_name')
		.where('request_id', '=', row.id)
		.orderBy('at', 'desc')
		.orderBy('request_events.id', 'desc')
		.execute();
	return {
		...toRecord(row, row.assigned_name),
		events: events.map((e) => ({
			id: e.id,
			kind: e.kind,
			actorName: e.actor_name,
			status: e.status,
			method: e.method,
			outcome: e.outcome,
			body: e.body,
			at: e.at
		}))
	};
}

function toRecord(row: RequestsTable, assignedName: string | null): Omit<RequestRecord, 'events'> {
	return {
		id: row.id,
		reference: row.reference,
		pcnId: row.pcn_id,
		practice: row.practice,
		name: row.name,
		contact: { method: row.contact_method, phone: row.phone, email: row.email },
		bestTimes: row.best_times,
		needs: row.needs,
		profile: row.profile ? (JSON.parse(row.profile) as NeedsProfile) : null,
		language: row.language,
		source: row.source,
		area: row.area,
		status: row.status,
		outcome: row.outcome,
		assignedTo:
			row.assigned_to && assignedName ? { id: row.assigned_to, name: assignedName } : null,
		receivedAt: row.received_at,
		updatedAt: row.updated_at,
		closedAt: row.closed_at
	};
}
