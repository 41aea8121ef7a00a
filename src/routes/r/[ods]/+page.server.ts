import { loadAreaConfig } from '$lib/server/area';
import type { PageServerLoad } from './$types';

/** A practice link from a QR code or a text: known practices are remembered, others not. */
export const load: PageServerLoad = ({ params }) => {
	const code = params.ods.toUpperCase();
	const isKnown = loadAreaConfig().pcns.some((pcn) => pcn.practices.some((p) => p.ods === code));
	return { practice: isKnown ? code : null };
};
