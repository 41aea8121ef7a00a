import { redirect } from '@sveltejs/kit';
import { loadAreaConfig } from '$lib/server/area';
import type { PageServerLoad } from './$types';

/**
 * A practice link from a QR code or a text opens the start page carrying the practice, which
 * the page remembers on the device (the root layout) or, without JavaScript, hands on to the
 * request form. Unknown codes open the start page alone.
 */
export const load: PageServerLoad = ({ params }) => {
	const code = params.ods.toUpperCase();
	const isKnown = loadAreaConfig().pcns.some((pcn) => pcn.practices.some((p) => p.ods === code));
	redirect(303, isKnown ? `/?practice=${encodeURIComponent(code)}` : '/');
};
