/** Fake request events for calling staff loads and actions directly in tests. */
import type { Cookies } from '@sveltejs/kit';
import type { Session } from '$lib/server/auth/sessions';
import type { StaffUser } from '$lib/server/auth/users';

export const TEST_ADDRESS = '192.0.2.44';

export function fakeCookies(): Cookies & { jar: Map<string, string> } {
	const jar = new Map<string, string>();
	return {
		jar,
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => void jar.set(name, value),
		delete: (name) => void jar.delete(name),
		serialize: () => ''
	};
}

export function fakeEvent(
	path: string,
	options: {
		user?: StaffUser | null;
		session?: Session | null;
		params?: Record<string, string>;
		form?: Record<string, string | string[]>;
	} = {}
) {
	const url = new URL(`http://localhost${path}`);
	let request = new Request(url);
	if (options.form) {
		const body = new FormData();
		for (const [name, value] of Object.entries(options.form)) {
			for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
		}
		request = new Request(url, { method: 'POST', body });
	}
	return {
		url,
		request,
		params: options.params ?? {},
		locals: { user: options.user ?? null, session: options.session ?? null },
		cookies: fakeCookies(),
		getClientAddress: () => TEST_ADDRESS,
		route: { id: null },
		setHeaders: () => {}
	} as never;
}

/** The HTTP status a load or action ended with: 200, or the status it threw. */
export async function statusOf(run: () => unknown): Promise<number> {
	try {
		const result = await run();
		const failure = result as { status?: number; data?: unknown } | undefined;
		return failure && typeof failure.status === 'number' && 'data' in failure
			? failure.status
			: 200;
	} catch (thrown) {
		const status = (thrown as { status?: number }).status;
		if (typeof status === 'number') return status;
		throw thrown;
	}
}
