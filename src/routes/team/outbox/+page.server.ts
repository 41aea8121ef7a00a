import { error } from '@sveltejs/kit';
import { audit } from '$lib/server/audit';
import { staffLoad } from '$lib/server/auth/access';
import { getDatabase } from '$lib/server/db';
import { isMailConfigured, listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

/** Mail kept instead of sent, when no SMTP server is set: for development and demos only. */
export const load: PageServerLoad = staffLoad('admin', async (event) => {
	if (isMailConfigured()) error(404, 'Not found');
	const { db } = await getDatabase();
	await audit(event, 'mail-outbox.read');
	return { messages: await listOutbox(db) };
});
