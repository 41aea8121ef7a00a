/**
 * The page's language: from its address (`/ur/…`, `/pl/…`; English has none), through
 * Paraglide's middleware, which also sets `<html lang dir>`. A language the person chose is
 * remembered in a cookie: opening an English address then sends them to their language, but
 * a crawler or a first visit, which have no cookie, are never redirected.
 */
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import {
	baseLocale,
	cookieName,
	extractLocaleFromUrl,
	getTextDirection,
	isLocale,
	localizeHref,
	type Locale
} from '$lib/paraglide/runtime';

/** Addresses that are never in another language: staff pages, APIs, files. */
const UNLOCALISED = /^\/(?:team|api|openreferral|language|_app)(?:\/|$)|\.[a-z0-9]+$/i;

/** A year and a month, like Paraglide's own cookie. */
export const LOCALE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

export function rememberedLocale(event: Pick<RequestEvent, 'cookies'>): Locale | null {
	const value = event.cookies.get(cookieName);
	return value && isLocale(value) ? value : null;
}

/** Where to send a page request made in English by someone who chose another language. */
export function rememberedRedirect(event: RequestEvent): string | null {
	const { request, url } = event;
	if (request.method !== 'GET' || request.headers.get('sec-fetch-dest') !== 'document') return null;
	if (UNLOCALISED.test(url.pathname) || extractLocaleFromUrl(url) !== baseLocale) return null;
	const remembered = rememberedLocale(event);
	if (!remembered || remembered === baseLocale) return null;
	return localizeHref(`${url.pathname}${url.search}`, { locale: remembered });
}

export const handleLocale: Handle = ({ event, resolve }) => {
	const redirect = rememberedRedirect(event);
	if (redirect) return new Response(null, { status: 303, headers: { location: redirect } });
	// The middleware's de-localised copy of the request is not handed on: Kit's `reroute` already
	// routes `/ur/…` to the English route, and the original keeps its body unread (and guarded
	// by `handleFormBodies`) rather than teed into a clone.
	return paraglideMiddleware(event.request, ({ locale }) => {
		// Only a page the person opens says which language they chose: the service worker's
		// background copies of other languages' pages (`Sec-Fetch-Dest: empty`) must never
		// change it. A browser that sends no such header is taken at its word.
		const dest = event.request.headers.get('sec-fetch-dest');
		const isNavigation = dest === null || dest === 'document';
		if (
			isNavigation &&
			locale !== baseLocale &&
			rememberedLocale(event) !== locale &&
			!UNLOCALISED.test(event.url.pathname)
		) {
			event.cookies.set(cookieName, locale, {
				path: '/',
				maxAge: LOCALE_COOKIE_MAX_AGE,
				httpOnly: false,
				sameSite: 'lax'
			});
		}
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
		});
	});
};
