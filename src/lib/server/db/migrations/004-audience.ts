import type { Kysely } from 'kysely';

/** Who an activity is for (DESIGN.md §3.2a): a JSON list of audience terms, [] for everyone. */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('activities')
		.addColumn('audience', 'text', (c) => c.notNull().defaultTo('[]'))
		.execute();
}
