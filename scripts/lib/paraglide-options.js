// How Waymark's messages are compiled, shared by the Vite plugin (build, dev, tests) and
// `npm run messages` (the type check and the CLIs), so both make the same runtime.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const PARAGLIDE_OPTIONS = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The locale is in the address: /ur/…, /pl/…, and English has no prefix.
	strategy: ['url', 'baseLocale'],
	// Kit answers /ur/ with a redirect to /ur: link straight to /ur.
	trailingSlash: 'never'
};
