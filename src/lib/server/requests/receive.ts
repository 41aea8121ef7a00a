/**
 * `POST /api/requests` (DESIGN.md §3.6) as a function of the HTTP request and the database, so
 * the data-layer tests run the real answers on SQLite and PostgreSQL alike. 4xx answers are
 * final (the phone's outbox shows the person what to fix); 5xx are retried.
 */
import { json } from '@sveltejs/kit';
import { problemsText } from '$lib/i18n/problems';
import { isLocale, type Locale } from '$lib/paraglide/runtime';
import type { Database } from '$lib/server/db';
import { isUtf8Json, unsupportedMediaType } from '$lib/server/http/json-content-type';
import { MAX_BODY_BYTES } from './model';
import { notifySoon } from './notify';
import { readJsonBody } from './read-body';
import { submitRequest } from './submit';

const NO_STORE = { 'cache-control': 'no-store' };

/** The person's own language for the field problems, when the request names one Waymark speaks. */
function languageOf(body: unknown): Locale {
	const language = (body as { language?: unknown } | null)?.language;
	return isLocale(language) ? language : 'en';
}

export async function receiveRequest(request: Request, database: Database): Promise<Response> {
	const key = request.headers.get('idempotency-key');
	if (!key) {
		return json(
			{ message: 'Send an Idempotency-Key header with a UUID' },
			{ status: 400, headers: NO_STORE }
		);
	}
	if (!isUtf8Json(request.headers.get('content-type'))) return unsupportedMediaType();
	const body = await readJsonBody(request, MAX_BODY_BYTES);
	if (!body.ok) {
		const message =
			body.status === 413 ? 'The request is too large (32 KB at most)' : 'Send the request as JSON';
		return json({ message }, { status: body.status, headers: NO_STORE });
	}
	const result = await submitRequest(database, key, body.value);
	switch (result.kind) {
		case 'bad-key':
			return json(
				{ message: 'The Idempotency-Key header must be a UUID' },
				{ status: 400, headers: NO_STORE }
			);
		case 'invalid':
			return json(
				{ errors: problemsText(result.errors, languageOf(body.value)) },
				{ status: 400, headers: NO_STORE }
			);
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
}
