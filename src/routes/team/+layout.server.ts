import { publicLoad } from '$lib/server/auth/access';
import { isMailConfigured } from '$lib/server/mail';
import type { LayoutServerLoad } from './$types';

// Only what the staff navigation shows. Each page checks access itself.
export const load: LayoutServerLoad = publicLoad(({ locals }) => ({
	staff: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	hasOutbox: !isMailConfigured()
}));
