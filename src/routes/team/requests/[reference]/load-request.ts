/** Finds a request within the user's PCNs: 404 for one that is missing or another PCN's. */
import { requireScope } from '$lib/server/auth/access';
import type { StaffUser } from '$lib/server/auth/users';
import { getDatabase } from '$lib/server/db';
import { getRequest, type RequestRecord } from '$lib/server/requests/record';
import { normaliseReference } from '$lib/server/requests/reference';

export async function loadRequest(user: StaffUser, reference: string): Promise<RequestRecord> {
	const normalised = normaliseReference(reference);
	const found = normalised ? await getRequest(await getDatabase(), normalised) : null;
	return requireScope(user, found, (r) => ({ pcn: r.pcnId }));
}
