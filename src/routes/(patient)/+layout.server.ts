import { loadAreaConfig } from '$lib/server/area';
import type { LayoutServerLoad } from './$types';

/** What the questions need from the deployment: its neighbourhoods, for "choose your area". */
export const load: LayoutServerLoad = () => {
	const area = loadAreaConfig();
	return { neighbourhoods: area.neighbourhoods.map(({ name, lat, lng }) => ({ name, lat, lng })) };
};
