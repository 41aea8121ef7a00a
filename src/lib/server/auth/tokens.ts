/** Random secrets and the hashes stored in their place. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '$lib/server/db/schema';

/** 256 bits from the operating system's CSPRNG, URL-safe. */
export function randomToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Tokens carry 256 bits of entropy, so a fast unsalted hash is enough to store them. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

const keys = new WeakMap<Kysely<Tables>, Promise<string>>();

function addressKey(db: Kysely<Tables>): Promise<string> {
	let key = keys.get(db);
	if (!key) {
		key = db
			.selectFrom('meta')
			.select('value')
			.where('key', '=', 'address_key')
			.executeTakeFirstOrThrow()
			.then((row) => row.value);
		keys.set(db, key);
	}
	return key;
}

/**
 * A keyed hash for values that are personal data (addresses, email addresses) but must be
 * compared: the key lives in the database, so a leaked log cannot be reversed by guessing.
 */
export async function keyedHash(db: Kysely<Tables>, value: string): Promise<string> {
	const key = await addressKey(db);
	return createHmac('sha256', key).update(value).digest('hex').slice(0, 32);
}
