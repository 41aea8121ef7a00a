/**
 * What link workers do to a request. Each change and its audit entry commit together, so no
 * change to a person's request goes unrecorded.
 */
import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { recordAudit, type AuditAction } from '$lib/server/audit';
import type { Database } from '$lib/server/db';
import type { RequestEventsTable, RequestsTable, Tables } from '$lib/server/db/schema';
import type { RequestOutcome, RequestStatus } from './model';

export interface Actor {
	id: string;
	role: string;
	address?: string | null;
}

type Target = Pick<RequestsTable, 'id' | 'status'>;
type EventFields = Partial<Pick<RequestEventsTable, 'status' | 'method' | 'outcome' | 'body'>>;

/** Which status may follow which: reopening a closed request starts its retention clock again. */
const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
	new: ['contacted', 'in-progress', 'closed'],
	contacted: ['in-progress', 'closed'],
	'in-progress': ['closed'],
	closed: ['in-progress']
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
	return NEXT[from].includes(to);
}

async function change(
	database: Database,
	request: Target,
	actor: Actor,
	action: AuditAction,
	event: { kind: RequestEventsTable['kind'] } & EventFields,
	update: Partial<RequestsTable> = {},
	now = new Date()
): Promise<void> {
	await database.db.transaction().execute(async (trx: Transaction<Tables>) => {
		await trx
			.updateTable('requests')
			.set({ ...update, updated_at: now.toISOString() })
			.where('id', '=', request.id)
			.execute();
		await trx
			.insertInto('request_events')
			.values({
				id: uuidv7(),
				request_id: request.id,
				actor_id: actor.id,
				status: null,
				method: null,
				outcome: null,
				body: null,
				at: now.toISOString(),
				...event
			})
			.execute();
		await recordAudit(trx, {
			actor,
			action,
			record: { type: 'request', id: request.id },
			address: actor.address,
			detail: event.kind === 'status' ? `status ${event.status}` : null,
			at: now
		});
	});
}

export async function moveTo(
	database: Database,
	request: Target,
	actor: Actor,
	status: Exclude<RequestStatus, 'closed'>,
	now = new Date()
): Promise<boolean> {
	if (!canMove(request.status, status)) return false;
	await change(
		database,
		request,
		actor,
		'request.status',
		{ kind: 'status', status },
		{
			status,
			closed_at: null,
			outcome: null
		},
		now
	);
	return true;
}

export async function closeRequest(
	database: Database,
	request: Target,
	actor: Actor,
	outcome: RequestOutcome,
	note: string | null,
	now = new Date()
): Promise<boolean> {
	if (!canMove(request.status, 'closed')) return false;
	await change(
		database,
		request,
		actor,
		'request.close',
		{ kind: 'status', status: 'closed', outcome, body: note },
		{ status: 'closed', outcome, closed_at: now.toISOString() },
		now
	);
	return true;
}

export function assignTo(database: Database, request: Target, actor: Actor, now = new Date()) {
	return change(
		database,
		request,
		actor,
		'request.assign',
		{ kind: 'assign' },
		{ assigned_to: actor.id },
		now
	);
}

export function addNote(
	database: Database,
	request: Target,
	actor: Actor,
	body: string,
	now = new Date()
) {
	return change(database, request, actor, 'request.note', { kind: 'note', body }, {}, now);
}

/** Reaching the person moves a new request to contacted. */
export function recordAttempt(
	database: Database,
	request: Target,
	actor: Actor,
	attempt: { method: RequestEventsTable['method']; result: string; note: string | null },
	now = new Date()
) {
	const reached = attempt.result === 'reached' && request.status === 'new';
	return change(
		database,
		request,
		actor,
		'request.attempt',
		{ kind: 'attempt', method: attempt.method, outcome: attempt.result, body: attempt.note },
		reached ? { status: 'contacted' } : {},
		now
	);
}
