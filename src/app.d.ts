// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session } from '$lib/server/auth/sessions';
import type { StaffUser } from '$lib/server/auth/users';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to support staff; the server log carries the same id and no personal data. */
			id?: string;
		}
		interface Locals {
			/** The staff member signed in (fully, second factor done), resolved in hooks.server.ts. */
			user: StaffUser | null;
			/** The session behind the cookie, including one still waiting for a second factor. */
			session: Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
