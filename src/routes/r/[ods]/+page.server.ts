import { redirect } from '@sveltejs/kit';
import { loadAreaConfig } from '$lib/server/area';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/**
 * A practice link from a QR code or a text opens the start page carrying the practice, which
 * the page remembers on the device (the root layout) or, without JavaScript, hands on to the
 * request form. Unknown codes open the start page alone. In the link's language: `/ur/r/{ODS}`
 * opens the Urdu start page (and a plain `/r/{ODS}`, for someone who chose Urdu before, too).
 */
export const load: PageServerLoad = ({ params }) => {
	const code = params.ods.toUpperCase();
	const isKnown = loadAreaConfig().pcns.some((pcn) => pcn.practices.some((p) => p.ods === code));
	redirect(303, localizeHref(isKnown ? `/?practice=${encodeURIComponent(code)}` : '/'));
};
