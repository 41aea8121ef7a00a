/**
 * The security settings in one place. Durations are in milliseconds. Values follow OWASP ASVS
 * level 2 and the OWASP password storage guidance for argon2id.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SESSION_IDLE_TIMEOUT = 30 * MINUTE;
export const SESSION_ABSOLUTE_TIMEOUT = 12 * HOUR;
/** A session waiting for its second factor lasts only this long. */
export const SECOND_FACTOR_TIMEOUT = 10 * MINUTE;
/** Activity is written back at most this often, so busy pages do not write on every request. */
export const SESSION_TOUCH_INTERVAL = MINUTE;

export const INVITATION_LIFETIME = 72 * HOUR;
export const RESET_LIFETIME = HOUR;

/** argon2id: 19 MiB, 2 passes, 1 lane (the OWASP minimum). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

export const RECOVERY_CODE_COUNT = 10;

/**
 * Throttling: each key may fail `free` times, then waits `baseDelay`, doubling with each
 * further failure up to `maxDelay`. Counts are forgotten after `forgetAfter` without a failure.
 * Addresses get more free attempts than accounts because a practice's staff share one.
 */
export const THROTTLES = {
	signInAccount: { free: 5, baseDelay: 30_000, maxDelay: 15 * MINUTE, forgetAfter: HOUR },
	signInAddress: { free: 30, baseDelay: 30_000, maxDelay: 15 * MINUTE, forgetAfter: HOUR },
	resetAccount: { free: 3, baseDelay: 60_000, maxDelay: HOUR, forgetAfter: HOUR },
	resetAddress: { free: 10, baseDelay: 60_000, maxDelay: HOUR, forgetAfter: HOUR },
	secondFactor: { free: 5, baseDelay: 30_000, maxDelay: 15 * MINUTE, forgetAfter: HOUR }
} as const;

export type ThrottleRule = (typeof THROTTLES)[keyof typeof THROTTLES];
