import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { THROTTLES } from './config';
import { resolveSession } from './sessions';
import { completeSecondFactor, signIn } from './sign-in';
import { MINUTES, PASSWORD, TestClock, makeUser } from './test-helpers';
import { confirmTotpSetup, startTotpSetup } from './two-factor';
import { totpCode } from './totp';
import { getStaffUser, type StaffUser } from './users';

// Counts the argon2 checks that really run, to prove the throttle holds before the slow part.
const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock('@node-rs/argon2', async (original) => {
	const real = await original<typeof import('@node-rs/argon2')>();
	return {
		...real,
		verify: (...args: Parameters<typeof real.verify>) => {
			argon2.verifications += 1;
			return real.verify(...args);
		}
	};
});

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('signing in', () => {
	it('makes a new session each time', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		const first = await signIn(database.db, user.email, PASSWORD);
		const second = await signIn(database.db, user.email, PASSWORD);
		if (first.kind !== 'signed-in' || second.kind !== 'signed-in') throw new Error('not in');
		expect(first.token).not.toBe(second.token);
	});

	it('gives the same answer for a wrong password, an unknown account and an invited one', async () => {
		const user = await makeUser(database.db, 'admin');
		const invited = await makeUser(database.db, 'admin', [], { status: 'invited' });
		expect(await signIn(database.db, user.email, 'not the password')).toEqual({ kind: 'invalid' });
		expect(await signIn(database.db, 'nobody@example.org', PASSWORD)).toEqual({ kind: 'invalid' });
		expect(await signIn(database.db, invited.email, '')).toEqual({ kind: 'invalid' });
	});

	it('slows down repeated failures with growing delays, for real and unknown accounts alike', async () => {
		for (const email of [(await makeUser(database.db, 'vcse-editor')).email, 'ghost@example.org']) {
			const clock = new TestClock();
			for (let i = 0; i < 5; i++) {
				const result = await signIn(database.db, email, 'wrong guess', { now: clock.now() });
				expect(result.kind).toBe('invalid');
			}
			const sixth = await signIn(database.db, email, 'wrong guess', { now: clock.now() });
			expect(sixth.kind).toBe('invalid');
			const blocked = await signIn(database.db, email, PASSWORD, { now: clock.now() });
			if (blocked.kind !== 'throttled') throw new Error('not throttled');
			expect(blocked.retryAfter.getTime() - clock.current.getTime()).toBe(30_000);
			clock.advance(31_000);
			await signIn(database.db, email, 'wrong guess', { now: clock.now() });
			const longer = await signIn(database.db, email, PASSWORD, { now: clock.now() });
			if (longer.kind !== 'throttled') throw new Error('not throttled');
			expect(longer.retryAfter.getTime() - clock.current.getTime()).toBe(60_000);
		}
	});

	it('checks no more passwords than the throttle allows when attempts arrive at once', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		const clock = new TestClock();
		argon2.verifications = 0;
		const results = await Promise.all(
			Array.from({ length: 40 }, () =>
				signIn(database.db, user.email, 'wrong guess', { now: clock.now() })
			)
		);
		const allowed = THROTTLES.signInAccount.free + 1;
		expect(argon2.verifications).toBe(allowed);
		expect(results.filter((r) => r.kind === 'invalid')).toHaveLength(argon2.verifications);
		expect(results.filter((r) => r.kind === 'throttled')).toHaveLength(40 - argon2.verifications);
	});

	it('checks no more codes than the throttle allows when they arrive at once', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'admin');
		const secret = await startTotpSetup(database.db, user.id);
		await confirmTotpSetup(database.db, user, totpCode(secret, clock.now()), { now: clock.now() });
		clock.advance(MINUTES);
		const first = await signIn(database.db, user.email, PASSWORD, { now: clock.now() });
		const pending = await resolveSession(
			database.db,
			(first as { token: string }).token,
			clock.now()
		);
		const results = await Promise.all(
			Array.from({ length: 40 }, () =>
				completeSecondFactor(database.db, pending!, '000000', { now: clock.now() })
			)
		);
		const allowed = THROTTLES.secondFactor.free + 1;
		expect(results.filter((r) => r.kind === 'invalid')).toHaveLength(allowed);
	});

	it('does not count a right password against a shared address', async () => {
		const clock = new TestClock();
		const address = '198.51.100.20';
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		for (let i = 0; i < THROTTLES.signInAddress.free + 5; i++) {
			const result = await signIn(database.db, user.email, PASSWORD, { address, now: clock.now() });
			expect(result.kind).toBe('signed-in');
		}
	});

	it('limits one address trying many accounts', async () => {
		const clock = new TestClock();
		const address = '198.51.100.7';
		for (let i = 0; i < 31; i++) {
			await signIn(database.db, `guess${i}@example.org`, 'wrong', { address, now: clock.now() });
		}
		const user = await makeUser(database.db, 'admin');
		const result = await signIn(database.db, user.email, PASSWORD, { address, now: clock.now() });
		expect(result.kind).toBe('throttled');
		const other = await signIn(database.db, user.email, PASSWORD, {
			address: '198.51.100.8',
			now: clock.now()
		});
		expect(other.kind).toBe('signed-in');
	});
});

describe('two-step sign-in', () => {
	async function enrolled(
		clock: TestClock
	): Promise<{ user: StaffUser; secret: string; codes: string[] }> {
		const user = await makeUser(database.db, 'admin');
		const secret = await startTotpSetup(database.db, user.id);
		expect(await confirmTotpSetup(database.db, user, '000000', { now: clock.now() })).toBeNull();
		const codes = await confirmTotpSetup(database.db, user, totpCode(secret, clock.now()), {
			now: clock.now()
		});
		expect(codes).toHaveLength(10);
		return {
			user: (await getStaffUser(database.db, user.id)) as StaffUser,
			secret,
			codes: codes ?? []
		};
	}

	it('asks for a code after the password, then gives a new full session', async () => {
		const clock = new TestClock();
		const { user, secret } = await enrolled(clock);
		expect(user.hasTotp).toBe(true);
		clock.advance(2 * MINUTES);
		const first = await signIn(database.db, user.email, PASSWORD, { now: clock.now() });
		if (first.kind !== 'second-factor') throw new Error('no second step');
		const pending = await resolveSession(database.db, first.token, clock.now());
		if (!pending) throw new Error('no session');
		expect(pending.stage).toBe('second-factor');
		const wrong = await completeSecondFactor(database.db, pending, '123456', { now: clock.now() });
		expect(wrong.kind).toBe('invalid');
		const code = totpCode(secret, clock.now());
		const done = await completeSecondFactor(database.db, pending, code, { now: clock.now() });
		if (done.kind !== 'signed-in') throw new Error('not signed in');
		expect(done.token).not.toBe(first.token);
		expect(await resolveSession(database.db, first.token, clock.now())).toBeNull();
		expect((await resolveSession(database.db, done.token, clock.now()))?.stage).toBe('full');

		// The same code cannot be used twice.
		const again = await signIn(database.db, user.email, PASSWORD, { now: clock.now() });
		const pendingAgain = await resolveSession(
			database.db,
			(again as { token: string }).token,
			clock.now()
		);
		const replay = await completeSecondFactor(database.db, pendingAgain!, code, {
			now: clock.now()
		});
		expect(replay.kind).toBe('invalid');
	});

	it('accepts each recovery code once', async () => {
		const clock = new TestClock();
		const { user, codes } = await enrolled(clock);
		for (const expected of ['signed-in', 'invalid'] as const) {
			const first = await signIn(database.db, user.email, PASSWORD, { now: clock.now() });
			const pending = await resolveSession(
				database.db,
				(first as { token: string }).token,
				clock.now()
			);
			const result = await completeSecondFactor(database.db, pending!, codes[0].toUpperCase(), {
				now: clock.now()
			});
			expect(result.kind).toBe(expected);
		}
	});

	it('throttles code guessing', async () => {
		const clock = new TestClock();
		const { user, secret } = await enrolled(clock);
		clock.advance(MINUTES);
		const first = await signIn(database.db, user.email, PASSWORD, { now: clock.now() });
		const pending = await resolveSession(
			database.db,
			(first as { token: string }).token,
			clock.now()
		);
		for (let i = 0; i < 6; i++) {
			await completeSecondFactor(database.db, pending!, '000000', { now: clock.now() });
		}
		const right = await completeSecondFactor(database.db, pending!, totpCode(secret, clock.now()), {
			now: clock.now()
		});
		expect(right.kind).toBe('throttled');
	});
});
