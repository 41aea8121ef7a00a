import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/ur/results` and `/pl/results` are the page `/results`, in Urdu and Polish. */
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
