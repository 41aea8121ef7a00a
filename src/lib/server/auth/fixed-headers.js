/**
 * The security headers every answer carries, whoever serves it: the app's `handle` hook sets
 * them on what Kit answers (security-headers.ts), and Waymark's own server (scripts/server/) on
 * everything, static files included, which adapter-node serves before the hook runs. Plain
 * JavaScript with no imports, so the server script can load it unbuilt.
 */

/** @type {Readonly<Record<string, string>>} */
export const FIXED_HEADERS = Object.freeze({
	// Browsers ignore HSTS over plain http, so sending it always is safe on localhost too.
	'strict-transport-security': 'max-age=63072000; includeSubDomains',
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy':
		'camera=(), microphone=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), ' +
		'midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), ' +
		'browsing-topics=(), geolocation=(self)',
	'cross-origin-opener-policy': 'same-origin'
});

/**
 * The policy for answers that bring none of their own (static files, JSON): never framed. Pages
 * replace it with Kit's full policy, which says the same about framing.
 */
export const FALLBACK_CSP = "frame-ancestors 'none'";
