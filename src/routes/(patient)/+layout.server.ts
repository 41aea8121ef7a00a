import { loadAreaConfig } from '$lib/server/area';
import { loadExtraCrisisPhrases } from '$lib/server/crisis-phrases';
import type { LayoutServerLoad } from './$types';

/**
 * What the patient pages need from the deployment: its neighbourhoods, for "choose your
 * area", and its own crisis phrases, added to the shipped list wherever a person types.
 */
export const load: LayoutServerLoad = () => {
	const area = loadAreaConfig();
	return {
		neighbourhoods: area.neighbourhoods.map(({ name, lat, lng }) => ({ name, lat, lng })),
		crisisPhrases: loadExtraCrisisPhrases()
	};
};
