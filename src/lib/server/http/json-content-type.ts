/**
 * The JSON endpoints phones post to take only UTF-8 JSON, and say so with 415 otherwise, so a
 * body is never guessed at. POST /api/requests uses this now; POST /api/counts (DESIGN.md §3.7)
 * must use the same check when it arrives, so the two refuse the same bodies alike.
 */
import { json } from '@sveltejs/kit';

const UTF8 = new Set(['utf-8', 'utf8']);

/** `application/json`, with no charset or with `charset=utf-8` (any case, quoted or not). */
export function isUtf8Json(contentType: string | null): boolean {
	const [type, ...parameters] = (contentType ?? '').split(';');
	if (type.trim().toLowerCase() !== 'application/json') return false;
	return parameters.every((parameter) => {
		const [name, value = ''] = parameter.split('=');
		if (name.trim().toLowerCase() !== 'charset') return true;
		return UTF8.has(
			value
				.trim()
				.replace(/^"(.*)"$/, '$1')
				.toLowerCase()
		);
	});
}

/** The 415 answer, final for the phone's outbox like every 4xx. */
export function unsupportedMediaType(): Response {
	return json(
		{ message: 'Send the request as JSON in UTF-8 (Content-Type: application/json)' },
		{ status: 415, headers: { 'cache-control': 'no-store', accept: 'application/json' } }
	);
}
