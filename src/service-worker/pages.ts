/**
 * Which pages the service worker keeps for offline use, and under which key. Pure, so it is
 * tested without a browser.
 *
 * The patient pages are server-rendered, so there is no single app shell to serve for every
 * address: each page is kept as the server last sent it (network first, the copy when
 * offline). Activity pages are the one exception: the server sends the same shell for every
 * id and the phone fills it from its copy of the directory, so one copy serves them all.
 */
import { baseLocale, locales } from '$lib/paraglide/runtime';
import { STEPS } from '$lib/questionnaire/steps';

/** Staff pages, the APIs and practice links are never kept: they need the server. */
const NEVER_KEPT = /^\/(team|api|openreferral|r)(\/|$)/;
const ACTIVITY = /^\/activity\/[^/]+\/?$/;
export const ACTIVITY_KEY = '/activity/*';
export const OFFLINE_PAGE = '/offline';

/** The journey's pages, fetched when the worker installs: one visit to the start page is enough. */
export const JOURNEY_PAGES: readonly string[] = [
	'/',
	...STEPS.map((step) => `/questions/${step}`),
	'/results',
	'/activity/offline',
	'/shortlist',
	'/shortlist/print',
	'/shortlist/shared',
	'/your-answers',
	'/your-requests',
	'/ask',
	'/help-now',
	OFFLINE_PAGE
];

/** The address's language: `/ur` for a page in Urdu, `/pl` in Polish, '' for English. */
export function localePrefix(pathname: string): string {
	const first = pathname.split('/')[1];
	const isOther = first !== baseLocale && (locales as readonly string[]).includes(first);
	return isOther ? `/${first}` : '';
}

/** The page whatever its language: `/ur/results` is `/results`. */
function unprefixed(pathname: string): string {
	const prefix = localePrefix(pathname);
	return prefix ? pathname.slice(prefix.length) || '/' : pathname;
}

/** A journey page in the language of `prefix` (`/ur`, or '' for English). */
export function inLanguage(path: string, prefix: string): string {
	return prefix && path === '/' ? prefix : `${prefix}${path}`;
}

/** The journey's pages in one language, kept so the whole journey works offline in it. */
export function journeyPages(prefix: string): string[] {
	return JOURNEY_PAGES.map((path) => inLanguage(path, prefix));
}

export function isKeptPage(url: URL, origin: string): boolean {
	return url.origin === origin && !NEVER_KEPT.test(unprefixed(url.pathname));
}

/** One key per page: the query (`?practice=`, `?from=`) does not change what is kept. */
export function pageKey(url: URL): string {
	const prefix = localePrefix(url.pathname);
	const path = ACTIVITY.test(unprefixed(url.pathname))
		? inLanguage(ACTIVITY_KEY, prefix)
		: url.pathname;
	return new URL(path, url.origin).href;
}

/** Whether a response may be kept: a whole page that the server did not mark private. */
export function isKeepable(response: Response): boolean {
	if (response.status !== 200) return false;
	if (/no-store/i.test(response.headers.get('cache-control') ?? '')) return false;
	return (response.headers.get('content-type') ?? '').startsWith('text/html');
}
