/**
 * Receiving a request (DESIGN.md §3.6): validate, then store it once per idempotency key and
 * answer only after the commit is durable (SQLite `synchronous=FULL`, or a PostgreSQL commit).
 * Used by `POST /api/requests` and by the no-JavaScript form alike.
 */
import { v4 as uuid } from 'uuid';
import type { FieldErrors } from '$lib/directory/validation';
import { loadAreaConfig, type AreaConfig } from '$lib/server/area';
import type { Database } from '$lib/server/db';
import { hashOf } from './canonical';
import { newReference } from './reference';
import { pcnForPractice } from './routing';
import { storeRequestRow } from './store';
import { validateRequest, type RequestInput } from './validation';

export const IDEMPOTENCY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE_TRIES = 5;

export type SubmitResult =
	| { kind: 'created' | 'replayed'; reference: string; receivedAt: string; pcnId: string }
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'bad-key' }
	| { kind: 'conflict'; reference: string };

export interface SubmitOptions {
	now?: Date;
	area?: AreaConfig;
}

export async function submitRequest(
	database: Database,
	key: string | null,
	body: unknown,
	options: SubmitOptions = {}
): Promise<SubmitResult> {
	if (!key || !IDEMPOTENCY_KEY.test(key)) return { kind: 'bad-key' };
	const checked = validateRequest(body);
	if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
	const input = checked.value;
	const bodyHash = hashOf(input);
	const idempotencyKey = key.toLowerCase();

	for (let attempt = 0; attempt < REFERENCE_TRIES; attempt += 1) {
		const earlier = await findByKey(database, idempotencyKey);
		if (earlier) return replay(earlier, bodyHash);
		const area = options.area ?? loadAreaConfig();
		const row = toRow(input, idempotencyKey, bodyHash, area, options.now ?? new Date());
		if (await storeRequestRow(database, row)) {
			return {
				kind: 'created',
				reference: row.reference,
				receivedAt: row.received_at,
				pcnId: row.pcn_id
			};
		}
		// Either the same key arrived twice at once, or the reference was taken: look again.
	}
	throw new Error('Could not store the request');
}

type StoredKey = { reference: string; body_hash: string; received_at: string; pcn_id: string };

function findByKey({ db }: Database, key: string): Promise<StoredKey | undefined> {
	return db
		.selectFrom('requests')
		.select(['reference', 'body_hash', 'received_at', 'pcn_id'])
		.where('idempotency_key', '=', key)
		.executeTakeFirst();
}

function replay(earlier: StoredKey, bodyHash: string): SubmitResult {
	if (earlier.body_hash !== bodyHash) return { kind: 'conflict', reference: earlier.reference };
	return {
		kind: 'replayed',
		reference: earlier.reference,
		receivedAt: earlier.received_at,
		pcnId: earlier.pcn_id
	};
}

function toRow(input: RequestInput, key: string, bodyHash: string, area: AreaConfig, now: Date) {
	const at = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
	return {
		id: uuid(),
		reference: newReference(),
		idempotency_key: key,
		body_hash: bodyHash,
		pcn_id: pcnForPractice(area, input.practice),
		practice: input.practice,
		name: input.name,
		contact_method: input.contact.method,
		phone: input.contact.phone,
		email: input.contact.email,
		best_times: input.bestTimes,
		needs: input.needs,
		profile: input.profile ? JSON.stringify(input.profile) : null,
		language: input.language,
		source: input.source,
		area: input.area,
		status: 'new' as const,
		outcome: null,
		assigned_to: null,
		received_at: at.replace('.000Z', 'Z'),
		updated_at: now.toISOString(),
		closed_at: null,
		notified_at: null
	};
}
