/**
 * The audit log: an append-only record of who did what to which record, when and from where.
 * Later features call `audit(event, action, record)` for every read and change of personal
 * data. The database refuses updates and deletes of entries (see migration 002).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { getDatabase } from '$lib/server/db';
import type { AuditLogTable, Tables } from '$lib/server/db/schema';
import { keyedHash } from '$lib/server/auth/tokens';

/** `noun.verb`, e.g. `request.read`, `user.invite`, `session.sign-in-failed`. */
export type AuditAction = `${string}.${string}`;

export interface AuditRecord {
	type: string;
	id: string;
}

export interface AuditEntry {
	actor?: { id: string; role: string } | null;
	action: AuditAction;
	record?: AuditRecord | null;
	/** The client's address: stored as its network and a keyed hash, never in full. */
	address?: string | null;
	/** Non-personal context, e.g. which fields changed ("role, scopes"). */
	detail?: string | null;
	at?: Date;
}

/** IPv4 to its /24, IPv6 to its /48: where a request came from, not who sent it. */
export function networkOf(address: string): string {
	const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/i.exec(address);
	if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
	if (address.includes(':')) {
		const [head] = address.split('::');
		const groups = head.split(':').filter(Boolean).slice(0, 3);
		while (groups.length < 3) groups.push('0');
		return `${groups.join(':')}::/48`;
	}
	return 'unknown';
}

export async function recordAudit(db: Kysely<Tables>, entry: AuditEntry): Promise<void> {
	const at = entry.at ?? new Date();
	await db
		.insertInto('audit_log')
		.values({
			// v7 ids sort in the order entries were written, whatever clock `at` was read from.
			id: uuidv7(),
			at: at.toISOString(),
			actor_id: entry.actor?.id ?? null,
			actor_role: entry.actor?.role ?? null,
			action: entry.action,
			record_type: entry.record?.type ?? null,
			record_id: entry.record?.id ?? null,
			network: entry.address ? networkOf(entry.address) : null,
			address_hash: entry.address ? await keyedHash(db, entry.address) : null,
			detail: entry.detail ?? null
		})
		.execute();
}

type AuditEvent = Pick<RequestEvent, 'locals' | 'getClientAddress'>;

/**
 * Records an action by the signed-in user of a request. The one call later features make:
 *   await audit(event, 'request.read', { type: 'request', id: request.id });
 */
export async function audit(
	event: AuditEvent,
	action: AuditAction,
	record?: AuditRecord | null,
	detail?: string | null
): Promise<void> {
	const { db } = await getDatabase();
	const user = event.locals.user;
	await recordAudit(db, {
		actor: user ? { id: user.id, role: user.role } : null,
		action,
		record,
		address: clientAddress(event),
		detail
	});
}

export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

export interface AuditFilter {
	actorId?: string;
	action?: string;
	recordId?: string;
	from?: string;
	to?: string;
}

export type AuditRow = AuditLogTable;

/** Newest first, a page at a time; `before` is the id of the last entry already shown. */
export async function listAudit(
	db: Kysely<Tables>,
	filter: AuditFilter = {},
	page: { limit?: number; before?: string } = {}
): Promise<AuditRow[]> {
	let query = db.selectFrom('audit_log').selectAll();
	if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
	if (filter.action) query = query.where('action', 'like', `${filter.action}%`);
	if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
	if (filter.from) query = query.where('at', '>=', filter.from);
	if (filter.to) query = query.where('at', '<', filter.to);
	if (page.before) query = query.where('id', '<', page.before);
	return query
		.orderBy('id', 'desc')
		.limit(page.limit ?? 50)
		.execute();
}
