/**
 * The languages Waymark speaks: Paraglide's locales, each named in itself ("اردو", "Polski")
 * by the platform, so a deployment adds a language by adding its messages file and its code to
 * `project.inlang/settings.json`, and nothing here.
 */
import { locales, type Locale } from '../paraglide/runtime';

export interface Language {
	code: Locale;
	/** The language's name in the language itself. */
	name: string;
}

function ownName(code: string): string {
	try {
		const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
		return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
	} catch {
		return code;
	}
}

export const LANGUAGES: readonly Language[] = locales.map((code) => ({
	code,
	name: ownName(code)
}));
