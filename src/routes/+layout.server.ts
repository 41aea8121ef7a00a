import { loadAreaConfig } from '$lib/server/area';
import { tileOrigin } from '$lib/server/auth/security-headers';
import { rememberedLocale } from '$lib/server/i18n/handle-locale';
import { baseLocale, extractLocaleFromHeader, getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	const area = loadAreaConfig();
	// A first visit in English from a phone set to another of Waymark's languages: offer it,
	// never redirect (search engines and shared links must get the page they asked for).
	const preferred = extractLocaleFromHeader(event.request);
	const isFirstEnglishVisit = getLocale() === baseLocale && !rememberedLocale(event);
	return {
		area: { name: area.name, demo: area.demo },
		// The service worker caches map tiles from this host (src/service-worker/tiles.ts).
		tileOrigin: tileOrigin(),
		suggestedLocale: isFirstEnglishVisit && preferred && preferred !== baseLocale ? preferred : null
	};
};
