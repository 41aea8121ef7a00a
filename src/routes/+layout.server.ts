import { loadAreaConfig } from '$lib/server/area';
import { tileOrigin } from '$lib/server/auth/security-headers';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const area = loadAreaConfig();
	// The service worker caches map tiles from this host (src/service-worker/tiles.ts).
	return { area: { name: area.name, demo: area.demo }, tileOrigin: tileOrigin() };
};
