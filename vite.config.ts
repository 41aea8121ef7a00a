import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { PARAGLIDE_OPTIONS } from './scripts/lib/paraglide-options.js';
import { staffOnlyFiles } from './scripts/lib/staff-only-files.ts';

export default defineConfig({
	plugins: [
		// Messages compiled per locale, one function each, so a page carries only the words it
		// shows. Locales come from the URL (/ur/…, /pl/…; English has no prefix).
		paraglideVitePlugin(PARAGLIDE_OPTIONS),
		sveltekit(),
		// Kit builds the service worker from src/service-worker/ (registration is ours, see
		// src/lib/client/service-worker.ts); this injects the precache list into it.
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.js',
			injectRegister: false,
			// static/manifest.webmanifest is written by hand and linked in app.html.
			manifest: false,
			injectManifest: {
				// The app's code and styles, the icons and the manifest. Not the screenshots (only
				// install prompts show them), nor the precompressed copies of the same files.
				globPatterns: ['client/**/*.{js,css,png,svg,webmanifest}'],
				globIgnores: ['server/**', 'client/screenshots/**', 'client/service-worker.js'],
				// Given, so the plugin adds no patterns of its own; the prefix goes in the transform.
				modifyURLPrefix: {},
				manifestTransforms: [
					async (entries) => {
						const staffOnly = staffOnlyFiles('.svelte-kit');
						const manifest = entries
							.map((entry) => ({ ...entry, url: entry.url.replace(/^client\//, '') }))
							.filter((entry) => !staffOnly.has(entry.url));
						return { manifest, warnings: [] };
					}
				]
			}
		})
	],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		// Tests that share one database file must not race each other.
		fileParallelism: true,
		testTimeout: 20_000
	}
});
