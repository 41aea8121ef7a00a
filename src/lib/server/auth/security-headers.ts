/**
 * Response headers for every page and endpoint: the fixed set (fixed-headers.js, which
 * Waymark's server also puts on static files), and per-path rules. The Content-Security-Policy
 * itself comes from Kit (`kit.csp` in svelte.config.js, with a nonce per page); here the map
 * tile host from `TILE_URL` joins its `img-src`, since that is known only when the server starts.
 */
import type { Handle } from '@sveltejs/kit';
import { tileConfig } from '../map-tiles';
import { FALLBACK_CSP, FIXED_HEADERS } from './fixed-headers.js';

/** Pages whose address carries a secret: their address is never sent to another site. */
const SECRET_PATH = /^\/team\/(invitation|reset)\/[^/]+/;

export function tileOrigin(tileUrl = tileConfig().url): string | null {
	try {
		const host = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
		return tileUrl.includes('{s}') ? host.replace('://a.', '://*.') : host;
	} catch {
		return null;
	}
}

export function withTileHost(csp: string, origin: string | null): string {
	if (!origin) return csp;
	return csp.replace(/(^|;\s*)img-src([^;]*)/, (_, start, sources) => {
		return `${start}img-src${sources} ${origin}`;
	});
}

export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const resolved = await resolve(event);
	// Responses passed through from fetch() have immutable headers: copy those first.
	let response = resolved;
	try {
		response.headers.set('x-content-type-options', 'nosniff');
	} catch {
		response = new Response(resolved.body, resolved);
	}
	for (const [name, value] of Object.entries(FIXED_HEADERS)) response.headers.set(name, value);
	const { pathname } = event.url;
	// `same-origin`, not `no-referrer`: with no referrer at all, Chromium sends `Origin: null` on
	// the page's own form posts and Kit's origin check refuses them.
	if (SECRET_PATH.test(pathname)) response.headers.set('referrer-policy', 'same-origin');
	// Staff pages hold personal data: never kept by the browser or a shared cache.
	if (pathname === '/team' || pathname.startsWith('/team/')) {
		response.headers.set('cache-control', 'no-store');
	}
	const csp = response.headers.get('content-security-policy');
	response.headers.set(
		'content-security-policy',
		csp ? withTileHost(csp, tileOrigin()) : FALLBACK_CSP
	);
	return response;
};
