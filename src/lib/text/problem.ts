/**
 * A problem with some input, as validators give it: a message key and its parameters, packed
 * into one string (`"directory_error_max_length|max=120"`) so it travels wherever an error
 * message used to, and a formatter (`$lib/i18n/problems`) puts it in words in the reader's
 * language. A parameter whose value is itself a message key (`field=request_field_name`) is put
 * in words too.
 */

export type ProblemParams = Readonly<Record<string, string | number>>;

export function problem(key: string, params: ProblemParams = {}): string {
	const parts = Object.entries(params).map(([name, value]) => `${name}=${value}`);
	return [key, ...parts].join('|');
}

export function readProblem(code: string): { key: string; params: Record<string, string> } {
	const [key, ...parts] = code.split('|');
	const params: Record<string, string> = {};
	for (const part of parts) {
		const at = part.indexOf('=');
		if (at > 0) params[part.slice(0, at)] = part.slice(at + 1);
	}
	return { key, params };
}
