import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		// Tests that share one database file must not race each other.
		fileParallelism: true,
		testTimeout: 20_000
	}
});
