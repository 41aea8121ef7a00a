/**
 * Every form action reads its body with `request.formData()`, which throws on a malformed
 * multipart or urlencoded body, and on an upload the client abandoned halfway. Left alone that
 * is a 500, logged as a fault of the server, for what the client did. This hook guards it once
 * for every action: a body that cannot be read is a 400 (413 when it is over the size limit),
 * an expected error that Kit neither logs nor hands to `handleError`.
 */
import { error, type Handle } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';

export const handleFormBodies: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST') guardFormData(event.request);
	return resolve(event);
};

/** Makes `request.formData()` fail as a client error. The request object is Kit's own, made for this one request. */
export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	request.formData = async () => {
		try {
			return await read();
		} catch (cause) {
			if ((cause as { status?: number }).status === 413) error(413, m.http_too_large());
			error(400, m.http_form_unreadable());
		}
	};
}
