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
		csrf: { trustedOrigins: [] }
	}
};

export default config;
