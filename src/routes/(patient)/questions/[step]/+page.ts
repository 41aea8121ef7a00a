import { error } from '@sveltejs/kit';
import { isStep } from '$lib/questionnaire';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	if (!isStep(params.step)) error(404, 'Not found');
	return { step: params.step };
};
