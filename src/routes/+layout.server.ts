import { loadAreaConfig } from '$lib/server/area';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const area = loadAreaConfig();
	return { area: { name: area.name, demo: area.demo } };
};
