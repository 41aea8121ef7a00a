/**
 * The session cookie. Over HTTPS it is named `__Host-…`, which browsers accept only when it
 * is Secure, host-only and for the whole site, so a sibling subdomain cannot plant one.
 */
import type { Cookies } from '@sveltejs/kit';

const PLAIN_NAME = 'waymark_session';
const SECURE_NAME = `__Host-${PLAIN_NAME}`;

function isSecure(url: URL): boolean {
	return url.protocol === 'https:';
}

export function sessionCookieName(url: URL): string {
	return isSecure(url) ? SECURE_NAME : PLAIN_NAME;
}

export function readSessionCookie(cookies: Cookies, url: URL): string | undefined {
	return cookies.get(sessionCookieName(url));
}

/** A browser-session cookie: the server decides expiry, and it goes when the browser closes. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		secure: isSecure(url),
		sameSite: 'lax'
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), { path: '/', secure: isSecure(url) });
}
