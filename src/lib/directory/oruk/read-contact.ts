/**
 * Contact details as feeds publish them, made to pass Waymark's rules or dropped: a listing with
 * no phone is better than one whose phone cannot be dialled. Valid values are kept exactly.
 */
import * as v from 'valibot';
import { ContactSchema } from '../validation';

const isPhone = (value: string) => v.safeParse(ContactSchema.entries.phone, value).success;
const isEmail = (value: string) => v.safeParse(ContactSchema.entries.email, value).success;
const isWebsite = (value: string) => v.safeParse(ContactSchema.entries.website, value).success;

/** A UK number somewhere in the text: "Call 0191 496 0000 (option 2)", "+44 (0)191-496-0000". */
const PHONE_IN_TEXT = /(?:\+44\s*(?:\(0\)\s*)?|\b0)\d[\d\s\-.]{8,14}\d/;

export function cleanPhone(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (isPhone(trimmed)) return trimmed;
	const found = PHONE_IN_TEXT.exec(trimmed)?.[0];
	if (!found) return undefined;
	const tidied = found.replace(/\(0\)/, '').replace(/[-.]/g, ' ').replace(/\s+/g, ' ').trim();
	return isPhone(tidied) ? tidied : undefined;
}

export function cleanEmail(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const trimmed = value.trim().replace(/^mailto:/i, '');
	return isEmail(trimmed) ? trimmed : undefined;
}

export function cleanWebsite(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^https?:\/\//i.test(trimmed)) return isWebsite(trimmed) ? trimmed : undefined;
	// Feeds often leave the scheme off ("www.example.org").
	const withScheme = `https://${trimmed}`;
	return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(trimmed) && isWebsite(withScheme)
		? withScheme
		: undefined;
}

/** Runs a cleaner and notes in `repairs` when a value given was dropped. */
export function cleaned(
	label: string,
	value: string | undefined,
	clean: (value: string | undefined) => string | undefined,
	repairs: string[]
): string | undefined {
	const result = clean(value);
	if (value && !result) repairs.push(`Dropped the ${label} "${value}": it is not valid`);
	return result;
}
