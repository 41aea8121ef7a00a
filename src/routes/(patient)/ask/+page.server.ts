import { fail, redirect } from '@sveltejs/kit';
import { v4 as uuid } from 'uuid';
import { loadAreaConfig } from '$lib/server/area';
import { getDatabase } from '$lib/server/db';
import { WORKING_DAYS_TO_CONTACT } from '$lib/server/requests/model';
import { notifySoon } from '$lib/server/requests/notify';
import { retentionMonths } from '$lib/server/requests/purge';
import { submitRequest } from '$lib/server/requests/submit';
import { problemText } from '$lib/i18n/problems';
import { readRequestForm, fieldIdOf } from './read-form';
import type { Actions, PageServerLoad } from './$types';

/** The form, with a fresh idempotency key: however often it is sent, it makes one request. */
export const load: PageServerLoad = ({ url }) => {
	const area = loadAreaConfig();
	const asked = url.searchParams.get('practice')?.trim().toUpperCase() ?? '';
	const isKnown = area.pcns.some((pcn) => pcn.practices.some((p) => p.ods === asked));
	return {
		key: uuid(),
		practice: isKnown ? asked : '',
		from: url.searchParams.get('from') === 'shortlist' ? 'shortlist' : '',
		pcns: area.pcns.map((pcn) => ({
			name: pcn.name,
			practices: pcn.practices.map((p) => ({ ods: p.ods, name: p.name }))
		})),
		retentionMonths: retentionMonths(),
		days: WORKING_DAYS_TO_CONTACT
	};
};

export const actions: Actions = {
	sendRequest: async ({ request }) => {
		const form = readRequestForm(await request.formData());
		const database = await getDatabase();
		const result = await submitRequest(database, form.key, form.body);
		if (result.kind === 'invalid') {
			const errors = Object.entries(result.errors).map(([path, code]) => ({
				field: fieldIdOf(path),
				message: problemText(code)
			}));
			return fail(400, { errors, values: form.values });
		}
		// A tampered or missing key: a fresh form is the safe answer.
		if (result.kind === 'bad-key') redirect(303, '/ask');
		if (result.kind === 'created') notifySoon(database);
		const again = result.kind === 'conflict' ? '&again=1' : '';
		redirect(303, `/ask/sent?reference=${result.reference}${again}`);
	}
};
