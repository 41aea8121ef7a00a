/** The form actions' side of the form kit: reading fields, and failing with what to fix. */
import { fail } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';
import { TEXT_PROBLEM } from '$lib/i18n/labels';
import { textProblem, type TextRules } from '$lib/text/safe-text';

export type Errors = Record<string, string>;

export function field(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

/** A validation failure in the shape every staff page shows: an error summary and the values. */
export function invalid(status: number, errors: Errors, values: Record<string, string> = {}) {
	return fail(status, { errors, values });
}

/**
 * The message for text a staff form refuses (hidden control or direction characters, broken or
 * invisible-only text: `$lib/text/safe-text.ts`), or undefined when it is fine. `field` reads
 * after "from", e.g. "their name".
 */
export function textError(value: string, field: string, rules?: TextRules): string | undefined {
	const problem = textProblem(value, rules);
	return problem ? TEXT_PROBLEM[problem]({ field }) : undefined;
}

export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** "4 minutes": how long until a throttle lets someone try again, rounded up. */
export function waitFor(until: Date, now = new Date()): string {
	const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
	return minutes === 1 ? m.auth_one_minute() : m.auth_minutes({ n: minutes });
}
