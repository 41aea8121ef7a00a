import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// The directory model, the ranking module, its formatter, the questionnaire, the text and
		// crisis rules run in the browser, the CLIs
		// and the tests alike: they may not reach for Node, the server, Svelte or the DOM.
		files: [
			'src/lib/directory/**/*.ts',
			'src/lib/matching/**/*.ts',
			'src/lib/text/**/*.ts',
			'src/lib/format/**/*.ts',
			'src/lib/crisis/**/*.ts',
			'src/lib/map/**/*.ts',
			'src/lib/questionnaire/**/*.ts'
		],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^node:', message: 'Pure modules may not use Node APIs.' },
						{
							regex: '^(fs|path|crypto|os|zlib|child_process)$',
							message: 'Pure modules may not use Node APIs.'
						},
						{
							regex: '^\\$lib/(server|client|components)',
							message: 'Pure modules may not import server, browser or UI code.'
						},
						{
							regex: '(^|/)(server|client)(/|$)',
							message: 'Pure modules may not import server or browser code.'
						},
						{
							regex: '^(svelte|\\$app)',
							message: 'Pure modules may not import Svelte or SvelteKit.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'localStorage',
				'navigator',
				'process'
			]
		}
	},
	{
		rules: {
			// Patient pages link through `localizeHref(resolve(…))`, so a person stays in their
			// language; this rule cannot see through the wrapper. A unit test checks the links
			// instead (src/routes/links.spec.ts).
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	}
);
