import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	canAccess,
	requireScope,
	requireStaff,
	safeNextPath,
	staffActions,
	staffLoad,
	type Scope
} from './access';
import type { StaffRole, StaffUser } from './users';

function user(role: StaffRole, scopes: string[] = [], hasTotp = true): StaffUser {
	return {
		id: `${role}-id`,
		email: 'x@example.org',
		name: 'X',
		role,
		status: 'active',
		hasTotp,
		scopes
	};
}

function event(u: StaffUser | null, path = '/team/users') {
	return { locals: { user: u, session: null }, url: new URL(`http://localhost${path}`) };
}

function outcome(run: () => unknown): number | 'ok' {
	try {
		run();
		return 'ok';
	} catch (thrown) {
		if (isHttpError(thrown)) return thrown.status;
		if (isRedirect(thrown)) return thrown.status;
		throw thrown;
	}
}

const people = {
	admin: user('admin'),
	linkWorkerU1: user('link-worker', ['U00001']),
	linkWorkerBoth: user('link-worker', ['U00001', 'U00002']),
	editorOrgA: user('vcse-editor', ['org-a']),
	editorOrgB: user('vcse-editor', ['org-b'])
};

const scopes: Record<string, Scope> = {
	pcnU1: { pcn: 'U00001' },
	pcnU2: { pcn: 'U00002' },
	orgA: { organisation: 'org-a' },
	orgB: { organisation: 'org-b' }
};

// Who may touch which record: everything else is a 404.
const allowed: Record<keyof typeof people, string[]> = {
	admin: [],
	linkWorkerU1: ['pcnU1'],
	linkWorkerBoth: ['pcnU1', 'pcnU2'],
	editorOrgA: ['orgA'],
	editorOrgB: ['orgB']
};

describe('record scope', () => {
	for (const [who, person] of Object.entries(people)) {
		for (const [what, scope] of Object.entries(scopes)) {
			const isAllowed = allowed[who as keyof typeof people].includes(what);
			it(`${who} on ${what}: ${isAllowed ? 'allowed' : '404'}`, () => {
				expect(canAccess(person, scope)).toBe(isAllowed);
				expect(outcome(() => requireScope(person, { scope }, (r) => r.scope))).toBe(
					isAllowed ? 'ok' : 404
				);
			});
		}
	}

	it('answers a missing record exactly like one out of scope', () => {
		expect(outcome(() => requireScope(people.linkWorkerU1, null, () => scopes.pcnU1))).toBe(404);
	});
});

describe('roles', () => {
	const cases: [StaffRole | 'any', keyof typeof people, number | 'ok'][] = [
		['admin', 'admin', 'ok'],
		['admin', 'linkWorkerU1', 403],
		['admin', 'editorOrgA', 403],
		['link-worker', 'linkWorkerU1', 'ok'],
		['link-worker', 'admin', 403],
		['link-worker', 'editorOrgA', 403],
		['vcse-editor', 'editorOrgA', 'ok'],
		['vcse-editor', 'linkWorkerBoth', 403],
		['any', 'editorOrgB', 'ok']
	];
	it.each(cases)('%s page, %s: %s', (roles, who, expected) => {
		expect(outcome(() => requireStaff(event(people[who]), roles))).toBe(expected);
	});

	it('sends someone not signed in to sign in, and back afterwards', () => {
		try {
			requireStaff(event(null, '/team/users'), 'admin');
			throw new Error('no redirect');
		} catch (thrown) {
			expect(isRedirect(thrown) && thrown.location).toBe('/team/sign-in?next=%2Fteam%2Fusers');
		}
		expect(outcome(() => requireStaff(event(null, '/api/requests'), 'any'))).toBe(401);
	});

	it('sends an admin without a second factor to set one up', () => {
		const admin = user('admin', [], false);
		expect(outcome(() => requireStaff(event(admin), 'admin'))).toBe(303);
		expect(
			outcome(() => requireStaff(event(admin), 'any', { allowWithoutSecondFactor: true }))
		).toBe('ok');
	});

	it('checks in the wrappers before the code runs', async () => {
		let ran = 0;
		const load = staffLoad('admin', () => ++ran);
		const actions = staffActions('link-worker', { markContacted: (_event: never) => ++ran });
		expect(outcome(() => load(event(people.editorOrgA) as never))).toBe(403);
		expect(outcome(() => actions.markContacted(event(people.admin) as never))).toBe(403);
		expect(ran).toBe(0);
		expect(load(event(people.admin) as never)).toBe(1);
		expect(actions.markContacted(event(people.linkWorkerU1) as never)).toBe(2);
	});
});

describe('returning after sign-in', () => {
	it.each([
		['/team/users', '/team/users'],
		[null, '/team'],
		['https://evil.example', '/team'],
		['//evil.example/team', '/team'],
		['/team\\..\\x', '/team'],
		['/help-now', '/team']
	])('%s → %s', (next, expected) => {
		expect(safeNextPath(next)).toBe(expected);
	});
});
