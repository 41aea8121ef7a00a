import type { Kysely } from 'kysely';

// Migrations are frozen once shipped: they take `Kysely<any>` so later changes to the
// table types in schema.ts cannot change what an old migration does.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('organisations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('website', 'text')
		.addColumn('email', 'text')
		.addColumn('phone', 'text')
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('source_id', 'text', (c) => c.notNull())
		.addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('venues')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('line1', 'text', (c) => c.notNull())
		.addColumn('line2', 'text')
		.addColumn('town', 'text', (c) => c.notNull())
		.addColumn('postcode', 'text', (c) => c.notNull())
		.addColumn('lat', 'double precision', (c) => c.notNull())
		.addColumn('lng', 'double precision', (c) => c.notNull())
		.addColumn('access', 'text', (c) => c.notNull())
		.addColumn('access_notes', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('activities')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('categories', 'text', (c) => c.notNull())
		.addColumn('keywords', 'text', (c) => c.notNull())
		.addColumn('online', 'integer', (c) => c.notNull())
		.addColumn('schedule', 'text', (c) => c.notNull())
		.addColumn('cost', 'text', (c) => c.notNull())
		.addColumn('min_age', 'integer')
		.addColumn('max_age', 'integer')
		.addColumn('eligibility', 'text')
		.addColumn('languages', 'text', (c) => c.notNull())
		.addColumn('how_to_join', 'text', (c) => c.notNull())
		.addColumn('contact', 'text', (c) => c.notNull())
		.addColumn('capacity', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('last_reviewed', 'text')
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('source_id', 'text', (c) => c.notNull())
		.addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('listing', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('activities_source_key', ['source', 'source_id'])
		.execute();
	await db.schema.createIndex('activities_listing').on('activities').column('listing').execute();
	await db.schema
		.createIndex('activities_organisation')
		.on('activities')
		.column('organisation_id')
		.execute();

	await db.schema
		.createTable('activity_venues')
		.addColumn('activity_id', 'text', (c) =>
			c.notNull().references('activities.id').onDelete('cascade')
		)
		.addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('activity_venues_key', ['activity_id', 'position'])
		.execute();
	await db.schema
		.createIndex('activity_venues_venue')
		.on('activity_venues')
		.column('venue_id')
		.execute();

	await db.schema
		.createTable('meta')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();
	await db.insertInto('meta').values({ key: 'directory_revision', value: '0' }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['activity_venues', 'activities', 'venues', 'organisations', 'meta']) {
		await db.schema.dropTable(table).execute();
	}
}
