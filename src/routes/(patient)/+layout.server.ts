import { loadAreaConfig } from '$lib/server/area';
import { loadExtraCrisisPhrases } from '$lib/server/crisis-phrases';
import { tileConfig } from '$lib/server/map-tiles';
import type { LayoutServerLoad } from './$types';

/**
 * What the patient pages need from the deployment: its neighbourhoods, for "choose your
 * area", its own crisis phrases, added to the shipped list wherever a person types, and
 * its map: where it opens and where its tiles come from.
 */
export const load: LayoutServerLoad = () => {
	const area = loadAreaConfig();
	return {
		neighbourhoods: area.neighbourhoods.map(({ name, lat, lng }) => ({ name, lat, lng })),
		crisisPhrases: loadExtraCrisisPhrases(),
		map: { centre: area.centre, zoom: area.zoom, tiles: tileConfig() }
	};
};
