/**
 * Waymark's service worker: routes requests to one module per caching concern. Built by Kit
 * from this folder; @vite-pwa/sveltekit injects the precache list (vite.config.ts).
 */
import { version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { deleteStaleCachesOnActivate } from './cleanup';
import { routeDirectory } from './directory';
import { routeNavigations } from './navigation';
import { routePrecache } from './precache';
import { routeRequests } from './requests';
import { tileOriginFrom } from './tile-pattern';
import { routeTiles } from './tiles';
import { activateWhenAsked } from './update';
import { cacheNamesFor } from './versions';

declare const self: ServiceWorkerGlobalScope;

const names = cacheNamesFor(version);

routePrecache();
routeNavigations(names.pages);
routeDirectory(names.directory);
routeTiles(tileOriginFrom(self.location.href), names.tiles);
routeRequests();
deleteStaleCachesOnActivate(names);
activateWhenAsked();
clientsClaim();
