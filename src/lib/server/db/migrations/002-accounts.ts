import { randomBytes } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once shipped (see 001-directory.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text')
		.addColumn('totp_secret', 'text')
		.addColumn('totp_pending_secret', 'text')
		.addColumn('totp_last_step', 'bigint')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('user_scopes')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('scope_id', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('user_scopes_key', ['user_id', 'kind', 'scope_id'])
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('stage', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.addColumn('user_agent', 'text')
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('one_time_links')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema
		.createIndex('one_time_links_user')
		.on('one_time_links')
		.column('user_id')
		.execute();

	await db.schema
		.createTable('recovery_codes')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('code_hash', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.addPrimaryKeyConstraint('recovery_codes_key', ['user_id', 'code_hash'])
		.execute();

	await db.schema
		.createTable('throttles')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('last_failure_at', 'text', (c) => c.notNull())
		.addColumn('blocked_until', 'text')
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('actor_role', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('record_type', 'text')
		.addColumn('record_id', 'text')
		.addColumn('network', 'text')
		.addColumn('address_hash', 'text')
		.addColumn('detail', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
	await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_id').execute();
	await db.schema
		.createIndex('audit_log_record')
		.on('audit_log')
		.columns(['record_type', 'record_id'])
		.execute();
	await makeAuditLogAppendOnly(db);

	await db.schema
		.createTable('mail_outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	// The key for hashing addresses and accounts in throttles and the audit log, so the hashes
	// cannot be reversed by trying every address.
	await db
		.insertInto('meta')
		.values({ key: 'address_key', value: randomBytes(32).toString('base64url') })
		.execute();
}

/** The database itself refuses to change or remove an audit entry, whatever the code does. */
async function makeAuditLogAppendOnly(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`create function audit_log_refuse() returns trigger language plpgsql as $$
			begin raise exception 'audit_log is append-only'; end $$`.execute(db);
		await sql`create trigger audit_log_append_only before update or delete on audit_log
			for each row execute function audit_log_refuse()`.execute(db);
		return;
	}
	for (const event of ['update', 'delete']) {
		await sql
			.raw(
				`create trigger audit_log_no_${event} before ${event} on audit_log
				begin select raise(abort, 'audit_log is append-only'); end`
			)
			.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'mail_outbox',
		'audit_log',
		'throttles',
		'recovery_codes',
		'one_time_links',
		'sessions',
		'user_scopes',
		'users'
	]) {
		await db.schema.dropTable(table).execute();
	}
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`drop function if exists audit_log_refuse()`.execute(db);
	}
	await db.deleteFrom('meta').where('key', '=', 'address_key').execute();
}
