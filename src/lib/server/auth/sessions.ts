/**
 * Sessions live in the database, keyed by the SHA-256 of a random token that only the
 * browser's cookie holds. Each sign-in (and each step up to a second factor) makes a new
 * session, so a token planted before sign-in is worthless after it.
 */
import type { Kysely } from 'kysely';
import type { SessionStage, Tables } from '$lib/server/db/schema';
import {
	SECOND_FACTOR_TIMEOUT,
	SESSION_ABSOLUTE_TIMEOUT,
	SESSION_IDLE_TIMEOUT,
	SESSION_TOUCH_INTERVAL
} from './config';
import { hashToken, randomToken } from './tokens';

export interface Session {
	id: string;
	userId: string;
	stage: SessionStage;
	createdAt: Date;
	lastSeenAt: Date;
}

export async function createSession(
	db: Kysely<Tables>,
	userId: string,
	stage: SessionStage,
	options: { now?: Date; userAgent?: string | null } = {}
): Promise<{ token: string; session: Session }> {
	const now = options.now ?? new Date();
	const token = randomToken();
	const id = hashToken(token);
	await db
		.insertInto('sessions')
		.values({
			id,
			user_id: userId,
			stage,
			created_at: now.toISOString(),
			last_seen_at: now.toISOString(),
			user_agent: options.userAgent?.slice(0, 200) ?? null
		})
		.execute();
	return { token, session: { id, userId, stage, createdAt: now, lastSeenAt: now } };
}

/** When a session stops being valid: idle, absolute and second-factor limits together. */
export function sessionExpiry(session: Pick<Session, 'stage' | 'createdAt' | 'lastSeenAt'>): Date {
	const idle = session.lastSeenAt.getTime() + SESSION_IDLE_TIMEOUT;
	const absolute =
		session.createdAt.getTime() +
		(session.stage === 'full' ? SESSION_ABSOLUTE_TIMEOUT : SECOND_FACTOR_TIMEOUT);
	return new Date(Math.min(idle, absolute));
}

/** The live session for a cookie's token, its activity recorded; expired ones are removed. */
export async function resolveSession(
	db: Kysely<Tables>,
	token: string,
	now = new Date()
): Promise<Session | null> {
	const id = hashToken(token);
	const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return null;
	const session: Session = {
		id,
		userId: row.user_id,
		stage: row.stage,
		createdAt: new Date(row.created_at),
		lastSeenAt: new Date(row.last_seen_at)
	};
	if (now >= sessionExpiry(session)) {
		await deleteSession(db, id);
		return null;
	}
	if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL) {
		await db
			.updateTable('sessions')
			.set({ last_seen_at: now.toISOString() })
			.where('id', '=', id)
			.execute();
		session.lastSeenAt = now;
	}
	return session;
}

export async function deleteSession(db: Kysely<Tables>, id: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** "Sign out everywhere": every session of the account, or all but the one in use. */
export async function deleteUserSessions(
	db: Kysely<Tables>,
	userId: string,
	options: { except?: string } = {}
): Promise<number> {
	let query = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (options.except) query = query.where('id', '!=', options.except);
	const result = await query.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export interface SessionSummary {
	id: string;
	createdAt: string;
	lastSeenAt: string;
	userAgent: string | null;
}

export async function listUserSessions(
	db: Kysely<Tables>,
	userId: string
): Promise<SessionSummary[]> {
	const rows = await db
		.selectFrom('sessions')
		.select(['id', 'created_at', 'last_seen_at', 'user_agent'])
		.where('user_id', '=', userId)
		.where('stage', '=', 'full')
		.orderBy('last_seen_at', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		createdAt: r.created_at,
		lastSeenAt: r.last_seen_at,
		userAgent: r.user_agent
	}));
}

/** Removes sessions past their limits; the server calls this now and then. */
export async function purgeExpiredSessions(db: Kysely<Tables>, now = new Date()): Promise<void> {
	const idleCutoff = new Date(now.getTime() - SESSION_IDLE_TIMEOUT).toISOString();
	const absoluteCutoff = new Date(now.getTime() - SESSION_ABSOLUTE_TIMEOUT).toISOString();
	await db
		.deleteFrom('sessions')
		.where((eb) =>
			eb.or([eb('last_seen_at', '<', idleCutoff), eb('created_at', '<', absoluteCutoff)])
		)
		.execute();
}
