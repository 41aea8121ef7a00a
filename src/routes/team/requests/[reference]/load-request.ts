/** Finds a request within the user's PCNs: 404 for one that is missing or another PCN's. */
import type { RequestEvent } from '@sveltejs/kit';
import { canAccess, requireScope } from '$lib/server/auth/access';
import type { StaffUser } from '$lib/server/auth/users';
import { audit } from '$lib/server/audit';
import { getDatabase } from '$lib/server/db';
import { getRequest, type RequestRecord } from '$lib/server/requests/record';
import { normaliseReference } from '$lib/server/requests/reference';

type RequestPageEvent = Pick<RequestEvent, 'locals' | 'getClientAddress'> & {
	params: { reference: string };
};

/**
 * The request the page, action or download is for. Another PCN's request answers the same 404
 * as one that does not exist, but the refusal is audited (who, which request, what they tried:
 * `attempt`, e.g. `read` or `addNote`), so someone probing other PCNs' requests shows up.
 */
export async function loadRequest(
	event: RequestPageEvent,
	user: StaffUser,
	attempt: string
): Promise<RequestRecord> {
	const normalised = normaliseReference(event.params.reference);
	const found = normalised ? await getRequest(await getDatabase(), normalised) : null;
	const scopeOf = (r: RequestRecord) => ({ pcn: r.pcnId });
	if (found && !canAccess(user, scopeOf(found))) {
		await audit(event, 'request.access-denied', { type: 'request', id: found.id }, attempt);
	}
	return requireScope(user, found, scopeOf);
}
