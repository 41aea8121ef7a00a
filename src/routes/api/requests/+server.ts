import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { MAX_BODY_BYTES } from '$lib/server/requests/model';
import { readJsonBody } from '$lib/server/requests/read-body';
import { submitRequest } from '$lib/server/requests/submit';
import { notifySoon } from '$lib/server/requests/notify';
import type { RequestHandler } from './$types';

const NO_STORE = { 'cache-control': 'no-store' };

/** A person's request for a link worker (DESIGN.md §3.6). 4xx answers are final; 5xx are retried. */
export const POST: RequestHandler = async ({ request }) => {
	const key = request.headers.get('idempotency-key');
	if (!key) {
		return json(
			{ message: 'Send an Idempotency-Key header with a UUID' },
			{ status: 400, headers: NO_STORE }
		);
	}
	const body = await readJsonBody(request, MAX_BODY_BYTES);
	if (!body.ok) {
		const message =
			body.status === 413 ? 'The request is too large (32 KB at most)' : 'Send the request as JSON';
		return json({ message }, { status: body.status, headers: NO_STORE });
	}
	const database = await getDatabase();
	const result = await submitRequest(database, key, body.value);
	switch (result.kind) {
		case 'bad-key':
			return json(
				{ message: 'The Idempotency-Key header must be a UUID' },
				{ status: 400, headers: NO_STORE }
			);
		case 'invalid':
			return json({ errors: result.errors }, { status: 400, headers: NO_STORE });
		case 'conflict':
			return json(
				{ message: 'This Idempotency-Key was already used for a different request' },
				{ status: 409, headers: NO_STORE }
			);
		default:
			if (result.kind === 'created') notifySoon(database);
			return json(
				{ reference: result.reference, receivedAt: result.receivedAt },
				{ status: 201, headers: NO_STORE }
			);
	}
};
