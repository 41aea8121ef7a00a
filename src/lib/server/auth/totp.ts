/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as authenticator apps
 * expect. A code is accepted one step either side of now for clock drift, and never twice.
 */
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { Tables } from '$lib/server/db/schema';

const PERIOD_SECONDS = 30;

function totp(secret: string, label = 'Waymark'): TOTP {
	return new TOTP({
		issuer: 'Waymark',
		label,
		algorithm: 'SHA1',
		digits: 6,
		period: PERIOD_SECONDS,
		secret: Secret.fromBase32(secret)
	});
}

export function newTotpSecret(): string {
	return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, label: string): string {
	return totp(secret, label).toString();
}

/** The code an authenticator app shows at a moment (for tests and the admin CLI's checks). */
export function totpCode(secret: string, at = new Date()): string {
	return totp(secret).generate({ timestamp: at.getTime() });
}

/** The time step a code belongs to, or null when it does not match near `now`. */
export function matchTotp(secret: string, code: string, now = new Date()): number | null {
	const token = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(token)) return null;
	const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
	if (delta === null) return null;
	return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Checks a signed-up account's code and marks its time step used (ASVS 2.8.4: no replay). */
export async function checkTotp(
	db: Kysely<Tables>,
	userId: string,
	code: string,
	now = new Date()
): Promise<boolean> {
	const row = await db
		.selectFrom('users')
		.select(['totp_secret'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!row?.totp_secret) return false;
	const step = matchTotp(row.totp_secret, code, now);
	if (step === null) return false;
	const result = await db
		.updateTable('users')
		.set({ totp_last_step: step })
		.where('id', '=', userId)
		.where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
