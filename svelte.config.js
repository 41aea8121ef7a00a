import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// The service worker is built by its own program (see src/service-worker/), not by Kit.
		serviceWorker: { register: false },
		// Kit's origin check on form posts stays on: no other origin may post to Waymark.
		csrf: { trustedOrigins: [] },
		// The CLIs and benchmarks are type-checked with the app.
		typescript: {
			config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] })
		},
		// A nonce per server-rendered page, hashes for prerendered ones: no inline script runs
		// unless Kit put it there. Inline style attributes are allowed (Svelte's `style:`), but
		// not <style> elements. The map tile host joins img-src at run time (security-headers.ts).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
