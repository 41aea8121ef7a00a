import { staffLoad } from '$lib/server/auth/access';
import { listStaffUsers } from '$lib/server/auth/users';
import { getDatabase } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = staffLoad('admin', async () => {
	const { db } = await getDatabase();
	const users = await listStaffUsers(db);
	return {
		users: users.map((u) => ({
			id: u.id,
			name: u.name,
			email: u.email,
			role: u.role,
			status: u.status,
			hasTotp: u.hasTotp
		}))
	};
});
