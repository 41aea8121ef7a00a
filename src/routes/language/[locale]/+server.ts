import { error, redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE_MAX_AGE } from '$lib/server/i18n/handle-locale';
import { cookieName, deLocalizeHref, isLocale, localizeHref } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

/**
 * The language switch: `/language/ur?next=/results` remembers the choice on the device (a
 * cookie, so it works without JavaScript) and opens the same page in that language.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isLocale(params.locale)) error(404, 'Not found');
	const asked = url.searchParams.get('next') ?? '/';
	// Only a path on this site: never somewhere else.
	const next = asked.startsWith('/') && !asked.startsWith('//') ? deLocalizeHref(asked) : '/';
	cookies.set(cookieName, params.locale, {
		path: '/',
		maxAge: LOCALE_COOKIE_MAX_AGE,
		httpOnly: false,
		sameSite: 'lax'
	});
	redirect(303, localizeHref(next, { locale: params.locale }));
};
