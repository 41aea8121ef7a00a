/** Staff accounts: the repository for users and the records they may see (their scopes). */
import type { Kysely } from 'kysely';
import { v4 as uuid } from 'uuid';
import type {
	AccountStatus,
	ScopeKind,
	StaffRole,
	Tables,
	UsersTable
} from '$lib/server/db/schema';

export type { StaffRole, AccountStatus };

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'link-worker', 'vcse-editor'];

/** Which kind of record each role is scoped to. */
export const ROLE_SCOPE: Record<StaffRole, ScopeKind | null> = {
	admin: null,
	'link-worker': 'pcn',
	'vcse-editor': 'organisation'
};

export interface StaffUser {
	id: string;
	email: string;
	name: string;
	role: StaffRole;
	status: AccountStatus;
	hasTotp: boolean;
	/** PCN ids for link workers, organisation ids for VCSE editors; empty for admins. */
	scopes: string[];
}

/** Stands in for a missing account in statements that must run either way: no id is empty. */
export const NO_ACCOUNT = '';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

function toStaffUser(row: UsersTable, scopes: string[]): StaffUser {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		status: row.status,
		hasTotp: row.totp_secret !== null,
		scopes
	};
}

export async function getUserRow(db: Kysely<Tables>, id: string): Promise<UsersTable | undefined> {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getUserRowByEmail(
	db: Kysely<Tables>,
	email: string
): Promise<UsersTable | undefined> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
}

async function scopesOf(db: Kysely<Tables>, row: UsersTable): Promise<string[]> {
	const kind = ROLE_SCOPE[row.role];
	if (!kind) return [];
	const rows = await db
		.selectFrom('user_scopes')
		.select('scope_id')
		.where('user_id', '=', row.id)
		.where('kind', '=', kind)
		.orderBy('scope_id')
		.execute();
	return rows.map((r) => r.scope_id);
}

export async function getStaffUser(db: Kysely<Tables>, id: string): Promise<StaffUser | null> {
	const row = await getUserRow(db, id);
	return row ? toStaffUser(row, await scopesOf(db, row)) : null;
}

export async function listStaffUsers(db: Kysely<Tables>): Promise<StaffUser[]> {
	const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
	const scopes = await db.selectFrom('user_scopes').selectAll().execute();
	return rows.map((row) =>
		toStaffUser(
			row,
			scopes
				.filter((s) => s.user_id === row.id && s.kind === ROLE_SCOPE[row.role])
				.map((s) => s.scope_id)
		)
	);
}

export interface NewUser {
	email: string;
	name: string;
	role: StaffRole;
	scopes: string[];
}

/** Creates an account waiting for its invitation to be accepted. */
export async function createUser(db: Kysely<Tables>, user: NewUser, now = new Date()) {
	const id = uuid();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('users')
			.values({
				id,
				email: normaliseEmail(user.email),
				name: user.name.trim(),
				role: user.role,
				status: 'invited',
				password_hash: null,
				totp_secret: null,
				totp_pending_secret: null,
				totp_last_step: null,
				created_at: now.toISOString(),
				updated_at: now.toISOString()
			})
			.execute();
		await writeScopes(trx, id, user.role, user.scopes);
	});
	return id;
}

async function writeScopes(db: Kysely<Tables>, id: string, role: StaffRole, scopes: string[]) {
	await db.deleteFrom('user_scopes').where('user_id', '=', id).execute();
	const kind = ROLE_SCOPE[role];
	const unique = [...new Set(scopes)];
	if (kind && unique.length > 0) {
		await db
			.insertInto('user_scopes')
			.values(unique.map((scope_id) => ({ user_id: id, kind, scope_id })))
			.execute();
	}
}

/** Changes what an account may do: its name, role and scopes together. */
export async function updateAccess(
	db: Kysely<Tables>,
	id: string,
	change: { name: string; role: StaffRole; scopes: string[] },
	now = new Date()
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ name: change.name.trim(), role: change.role, updated_at: now.toISOString() })
			.where('id', '=', id)
			.execute();
		await writeScopes(trx, id, change.role, change.scopes);
	});
}

export async function setStatus(
	db: Kysely<Tables>,
	id: string,
	status: AccountStatus,
	now = new Date()
): Promise<void> {
	await db
		.updateTable('users')
		.set({ status, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

export async function countActiveAdmins(db: Kysely<Tables>): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('role', '=', 'admin')
		.where('status', '=', 'active')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function setPasswordHash(
	db: Kysely<Tables>,
	id: string,
	passwordHash: string,
	now = new Date()
): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, status: 'active', updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('status', '!=', 'disabled')
		.execute();
}
