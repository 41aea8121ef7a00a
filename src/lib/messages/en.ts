/**
 * Every piece of interface text, in plain English. Pages read from here rather than holding
 * their own words, so a translation is a new set of files of the same shape. The text is kept
 * in one file per part of the app.
 */
import { http } from './en/http';
import { offline } from './en/offline';
import { patient } from './en/patient';
import { questions } from './en/questions';
import { requests } from './en/requests';
import { results } from './en/results';
import { staff } from './en/staff';
import { text } from './en/text';

export const en = {
	...patient,
	...questions,
	...results,
	...staff,
	...requests,
	...offline,
	...http,
	...text
} as const;

export type Messages = typeof en;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) =>
		key in values ? String(values[key]) : match
	);
}
