/** Helpers for the auth tests: accounts in each role and a clock that only moves when told. */
import type { Kysely } from 'kysely';
import type { StaffRole, Tables } from '$lib/server/db/schema';
import { hashPassword } from './passwords';
import { createUser, getStaffUser, setPasswordHash, type StaffUser } from './users';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

export async function makeUser(
	db: Kysely<Tables>,
	role: StaffRole,
	scopes: string[] = [],
	options: { status?: 'invited' | 'active'; email?: string } = {}
): Promise<StaffUser> {
	counter += 1;
	const email = options.email ?? `${role}.${counter}@example.org`;
	const id = await createUser(db, { email, name: `Test ${role} ${counter}`, role, scopes });
	if (options.status !== 'invited') await setPasswordHash(db, id, await hashPassword(PASSWORD));
	return (await getStaffUser(db, id)) as StaffUser;
}

export class TestClock {
	constructor(public current = new Date('2026-03-02T09:00:00Z')) {}
	now(): Date {
		return new Date(this.current);
	}
	advance(ms: number): Date {
		this.current = new Date(this.current.getTime() + ms);
		return this.now();
	}
}

export const MINUTES = 60_000;
export const HOURS = 60 * MINUTES;
