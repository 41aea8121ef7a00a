/** Shared by the request tests: a valid body and a quick way to store one. */
import { v4 as uuid } from 'uuid';
import type { Database } from '$lib/server/db';
import { submitRequest } from './submit';

export function validBody(change: Record<string, unknown> = {}) {
	return {
		name: 'Sam Example',
		contact: { method: 'phone', phone: '07700 900123', email: null },
		bestTimes: 'weekday mornings',
		practice: 'A00001',
		needs: "I'd like to get out more",
		consent: true,
		language: 'en',
		...change
	};
}

/** Stores a request and returns its reference and row id. */
export async function storeRequest(
	database: Database,
	change: Record<string, unknown> = {},
	now?: Date
): Promise<{ reference: string; id: string }> {
	const result = await submitRequest(database, uuid(), validBody(change), { now });
	if (result.kind !== 'created') throw new Error(`Not stored: ${result.kind}`);
	const row = await database.db
		.selectFrom('requests')
		.select('id')
		.where('reference', '=', result.reference)
		.executeTakeFirstOrThrow();
	return { reference: result.reference, id: row.id };
}
