import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once shipped (see 001-directory.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Closes the ways round migration 002's append-only triggers. SQLite's `INSERT OR REPLACE`
 * (and `REPLACE INTO`) removes the old row without firing delete triggers, so an insert of an
 * id that is already there is refused before it starts. PostgreSQL's `TRUNCATE` fires no row
 * triggers, so it gets a statement trigger. (A replace by rowid is caught on SQLite by the
 * connection's `recursive_triggers`, see db/index.ts: SQLite gives a trigger no reliable new
 * rowid to compare.)
 */
export async function up(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`create trigger audit_log_no_truncate before truncate on audit_log
			for each statement execute function audit_log_refuse()`.execute(db);
		return;
	}
	await sql`create trigger audit_log_no_replace before insert on audit_log
		when exists (select 1 from audit_log where id = new.id)
		begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`drop trigger audit_log_no_truncate on audit_log`.execute(db);
		return;
	}
	await sql`drop trigger audit_log_no_replace`.execute(db);
}
