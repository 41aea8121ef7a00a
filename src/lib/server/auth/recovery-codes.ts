/**
 * Recovery codes: ten single-use codes shown once when two-step sign-in is set up, for when
 * the phone is lost. 60 random bits each, stored as salted SHA-256 hashes.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '$lib/server/db/schema';
import { RECOVERY_CODE_COUNT } from './config';

// No 0/o, 1/l/i: codes are read off paper and typed on phones.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function newCode(): string {
	const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
	return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function normaliseRecoveryCode(code: string): string {
	return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function hashCode(userId: string, code: string): string {
	return createHash('sha256')
		.update(`${userId}:${normaliseRecoveryCode(code)}`)
		.digest('hex');
}

/** Replaces all of an account's codes with new ones, which are returned to show once. */
export async function replaceRecoveryCodes(db: Kysely<Tables>, userId: string): Promise<string[]> {
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
		await trx
			.insertInto('recovery_codes')
			.values(
				codes.map((c) => ({ user_id: userId, code_hash: hashCode(userId, c), used_at: null }))
			)
			.execute();
	});
	return codes;
}

/** Uses a code once: true if it was one of the account's unused codes. */
export async function useRecoveryCode(
	db: Kysely<Tables>,
	userId: string,
	code: string,
	now = new Date()
): Promise<boolean> {
	if (normaliseRecoveryCode(code).length !== 12) return false;
	const result = await db
		.updateTable('recovery_codes')
		.set({ used_at: now.toISOString() })
		.where('user_id', '=', userId)
		.where('code_hash', '=', hashCode(userId, code))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Kysely<Tables>, userId: string) {
	const row = await db
		.selectFrom('recovery_codes')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function deleteRecoveryCodes(db: Kysely<Tables>, userId: string): Promise<void> {
	await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
