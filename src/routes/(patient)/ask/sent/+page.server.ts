import { error } from '@sveltejs/kit';
import { REFERENCE_PATTERN } from '$lib/server/requests/reference';
import { WORKING_DAYS_TO_CONTACT } from '$lib/server/requests/model';
import type { PageServerLoad } from './$types';

/** The confirmation: only the reference from the address, nothing read from the database. */
export const load: PageServerLoad = ({ url }) => {
	const reference = url.searchParams.get('reference') ?? '';
	if (!REFERENCE_PATTERN.test(reference)) error(404, 'Not found');
	return {
		reference,
		isRepeat: url.searchParams.get('again') === '1',
		days: WORKING_DAYS_TO_CONTACT
	};
};
