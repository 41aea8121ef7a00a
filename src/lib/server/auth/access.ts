/**
 * Access checks for staff pages, made hard to forget: every staff load, action and endpoint is
 * written through `staffLoad`, `staffActions` or `staffHandler`, which name the roles allowed
 * and hand over the signed-in user; a test fails any staff route that exports one without
 * them. The record a request touches is then checked with `requireScope`.
 *
 *   export const load = staffLoad('link-worker', async (event, user) => {
 *     const request = requireScope(user, await getRequest(db, event.params.id), (r) => ({ pcn: r.pcnId }));
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { StaffRole, StaffUser } from './users';

export type Scope = { pcn: string } | { organisation: string };
export type AllowedRoles = StaffRole | readonly StaffRole[] | 'any';
export interface GuardOptions {
	/** Only for pages an admin must reach before setting up a second factor. */
	allowWithoutSecondFactor?: boolean;
}
type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

export const SIGN_IN_PATH = '/team/sign-in';
export const TWO_FACTOR_SETUP_PATH = '/team/account/two-factor';

function allows(roles: AllowedRoles, role: StaffRole): boolean {
	if (roles === 'any') return true;
	return typeof roles === 'string' ? roles === role : roles.includes(role);
}

/**
 * The signed-in staff member if their role is allowed. Not signed in: a redirect to sign in
 * (staff pages) or 401 (APIs); another role: 403. Admins without a second factor are sent to set one up.
 */
export function requireStaff(
	event: GuardEvent,
	roles: AllowedRoles,
	options: GuardOptions = {}
): StaffUser {
	const user = event.locals.user;
	if (!user) {
		if (event.url.pathname.startsWith('/team')) {
			redirect(303, `${SIGN_IN_PATH}?next=${encodeURIComponent(event.url.pathname)}`);
		}
		error(401, 'Sign in to continue');
	}
	if (!allows(roles, user.role)) error(403, 'You do not have access to this page');
	if (user.role === 'admin' && !user.hasTotp && !options.allowWithoutSecondFactor) {
		redirect(303, TWO_FACTOR_SETUP_PATH);
	}
	return user;
}

/** Whether a user's scope covers a record. Admins manage accounts, not PCN or VCSE records. */
export function canAccess(user: StaffUser, scope: Scope): boolean {
	if ('pcn' in scope) return user.role === 'link-worker' && user.scopes.includes(scope.pcn);
	return user.role === 'vcse-editor' && user.scopes.includes(scope.organisation);
}

/**
 * The record, if it exists and the user's scope covers it; otherwise 404, the same answer
 * either way so a user cannot learn what exists outside their scope.
 */
export function requireScope<T>(
	user: StaffUser,
	record: T | null | undefined,
	scopeOf: (record: T) => Scope
): T {
	if (record == null || !canAccess(user, scopeOf(record))) error(404, 'Not found');
	return record;
}

export function staffLoad<E extends GuardEvent = RequestEvent, R = unknown>(
	roles: AllowedRoles,
	load: (event: E, user: StaffUser) => R,
	options?: GuardOptions
): (event: E) => R {
	return (event) => load(event, requireStaff(event, roles, options));
}

/**
 * Each action names its event type (`event: RequestEvent` from `./$types`): an action left
 * unannotated gets `never` and cannot compile, so routes keep their typed params.
 */
type Action<Extra extends unknown[]> = (event: never, ...extra: Extra) => unknown;
type Wrapped<A extends Record<string, Action<never[]>>> = {
	[K in keyof A]: (event: Parameters<A[K]>[0]) => ReturnType<A[K]>;
};

export function staffActions<A extends Record<string, Action<[user: StaffUser]>>>(
	roles: AllowedRoles,
	actions: A,
	options?: GuardOptions
): Wrapped<A> {
	return Object.fromEntries(
		Object.entries(actions).map(([name, action]) => [
			name,
			(event: GuardEvent) => action(event as never, requireStaff(event, roles, options))
		])
	) as unknown as Wrapped<A>;
}

export const staffHandler = staffLoad;

/**
 * Marks a load as open to anyone (sign-in, invitations, reset): says so on purpose, so the
 * check that every staff route is guarded can tell it from a forgotten one.
 */
export function publicLoad<E extends GuardEvent = RequestEvent, R = unknown>(
	load: (event: E) => R
): (event: E) => R {
	return load;
}

export function publicActions<A extends Record<string, Action<[]>>>(actions: A): A {
	return actions;
}

/** A same-site path to return to after sign-in; anything else goes to the staff home. */
export function safeNextPath(next: string | null): string {
	if (!next || !next.startsWith('/team') || next.startsWith('//') || next.includes('\\')) {
		return '/team';
	}
	return next;
}
