/**
 * Unexpected errors: the page gets a plain message and a reference; the log gets the same
 * reference, the route pattern (never the path, which can hold tokens) and the error's kind.
 * Stack traces and messages, which can quote personal data, stay out of production logs.
 */
import { randomUUID } from 'node:crypto';
import type { HandleServerError } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';

export function makeHandleError(isDev: boolean): HandleServerError {
	return ({ error, event, status }) => {
		if (status === 404) return { message: 'Page not found' };
		// Kit's own refusals of what a client sent (413 too large, 415 not a form, 405): the
		// client's mistake, so not logged as a fault of the server.
		if (status < 500)
			return { message: status === 413 ? m.http_too_large() : m.http_not_understood() };
		const id = randomUUID().slice(0, 8);
		const kind = error instanceof Error ? error.name : typeof error;
		if (isDev) console.error(`Error ${id}`, error);
		else
			console.error(`Error ${id} (${status}) on ${event.route.id ?? 'an unknown route'}: ${kind}`);
		return { message: 'Sorry, something went wrong', id };
	};
}
