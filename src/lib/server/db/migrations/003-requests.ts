import type { Kysely } from 'kysely';

// Frozen once shipped (see 001-directory.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('requests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('reference', 'text', (c) => c.notNull().unique())
		.addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
		.addColumn('body_hash', 'text', (c) => c.notNull())
		.addColumn('pcn_id', 'text', (c) => c.notNull())
		.addColumn('practice', 'text')
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('contact_method', 'text', (c) => c.notNull())
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('best_times', 'text')
		.addColumn('needs', 'text')
		.addColumn('profile', 'text')
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('source', 'text')
		.addColumn('area', 'text')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text')
		.addColumn('assigned_to', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('received_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.addColumn('notified_at', 'text')
		.execute();
	await db.schema
		.createIndex('requests_inbox')
		.on('requests')
		.columns(['pcn_id', 'status', 'received_at'])
		.execute();
	await db.schema.createIndex('requests_closed').on('requests').column('closed_at').execute();
	await db.schema.createIndex('requests_notified').on('requests').column('notified_at').execute();

	await db.schema
		.createTable('request_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('request_id', 'text', (c) =>
			c.notNull().references('requests.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('status', 'text')
		.addColumn('method', 'text')
		.addColumn('outcome', 'text')
		.addColumn('body', 'text')
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('request_events_request')
		.on('request_events')
		.columns(['request_id', 'at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('request_events').execute();
	await db.schema.dropTable('requests').execute();
}
