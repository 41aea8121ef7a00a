/**
 * The one entry point to the database: SQLite (better-sqlite3) by default, PostgreSQL when
 * a URL is given. Migrations run when a database is opened, so the server, the CLIs and the
 * tests always see the current schema.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Tables } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
	db: Kysely<Tables>;
	dialect: Dialect;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** A PostgreSQL connection string; wins over `path`. */
	url?: string;
	/** A SQLite file path. */
	path?: string;
	/** PostgreSQL only: the schema to work in (the tests use one per test file). */
	schema?: string;
}

export const DEFAULT_DATABASE_PATH = './data/waymark.db';

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
	if (env.DATABASE_URL) return { url: env.DATABASE_URL };
	return { path: env.DATABASE_PATH || DEFAULT_DATABASE_PATH };
}

export async function openDatabase(options: DatabaseOptions = databaseOptionsFromEnv()) {
	const database = options.url ? openPostgres(options.url, options.schema) : openSqlite(options);
	try {
		await migrate(database.db, options.url ? options.schema : undefined);
	} catch (error) {
		await database.close();
		throw error;
	}
	return database;
}

function openSqlite({ path = DEFAULT_DATABASE_PATH }: DatabaseOptions): Database {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new SqliteDatabase(path);
	sqlite.pragma('journal_mode = WAL');
	// FULL: a commit is on disk before we answer, so an acknowledged request survives a crash.
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// A REPLACE removes the row it replaces; with this, that removal fires delete triggers too,
	// so the audit log's append-only triggers (migrations 002 and 004) cannot be gone round.
	sqlite.pragma('recursive_triggers = ON');
	const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
	return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string, schema?: string): Database {
	const pool = new pg.Pool({
		connectionString: url,
		max: 10,
		...(schema ? { options: `-c search_path=${schema}` } : {})
	});
	const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
	return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * In a named PostgreSQL schema the migration tables are looked for there only: Kysely would
 * otherwise take another schema's tables for its own and skip creating them.
 */
async function migrate(db: Kysely<Tables>, schema?: string): Promise<void> {
	const migrator = new Migrator({
		db,
		provider: migrationProvider,
		...(schema ? { migrationTableSchema: schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Database migration ${failed} failed: ${String(error)}`);
	}
}

let shared: Promise<Database> | undefined;

/** The process-wide database, opened from the environment on first use. */
export function getDatabase(): Promise<Database> {
	shared ??= openDatabase().catch((error) => {
		shared = undefined;
		throw error;
	});
	return shared;
}
