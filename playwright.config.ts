import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT as PORT } from './tests/e2e/port';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	outputDir: 'test-results/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Pixel 5'],
		viewport: { width: 360, height: 740 },
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		},
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'chromium' },
		// The staff forms, and the patient pages that promise to, must work as plain HTML too.
		{
			name: 'no-javascript',
			testMatch: /(team|no-js)-.*\.test\.ts/,
			use: { javaScriptEnabled: false }
		}
	],
	webServer: {
		// The built app (npm run test:e2e builds first) on a fresh database with the demo area.
		command: 'node tests/e2e/server.js',
		port: PORT,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(PORT), HOST: '127.0.0.1' }
	}
});
