/**
 * The rules for a request body (DESIGN.md §3.6), shared by `POST /api/requests` and the
 * no-JavaScript form. Errors are problem codes (`$lib/text/problem`), put in words in the
 * person's language by `$lib/i18n/problems`; each says how to put the field right.
 */
import * as v from 'valibot';
import { safeText, validate, type Validated } from '$lib/directory/validation';
import type { TextRules } from '$lib/text/safe-text';
import { parseProfile, type NeedsProfile } from '$lib/matching';
import { CONTACT_METHODS, REQUEST_SOURCES, type ContactMethod, type RequestSource } from './model';

export const UK_PHONE = /^(?:\+44|0)\d{9,10}$/;
export const UK_MOBILE = /^(?:\+44|0)7\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ODS_PRACTICE = /^[A-Z]\d{5}$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

export const MESSAGES = {
	name: 'request_error_name',
	nameLong: 'request_error_name_long',
	method: 'request_error_method',
	phone: 'request_error_phone',
	mobile: 'request_error_mobile',
	email: 'request_error_email',
	bestTimes: 'request_error_best_times',
	practice: 'request_error_practice',
	needs: 'request_error_needs',
	consent: 'request_error_consent',
	language: 'request_error_language',
	source: 'request_error_source',
	area: 'request_error_area',
	profile: 'request_error_profile',
	notObject: 'request_error_not_object'
} as const;

/** How each field is named in the messages about hidden characters ("… from your name"). */
const FIELDS = {
	name: 'request_field_name',
	phone: 'request_field_phone',
	email: 'request_field_email',
	bestTimes: 'request_field_best_times',
	practice: 'request_field_practice',
	needs: 'request_field_needs',
	area: 'request_field_area'
} as const;

export interface RequestInput {
	name: string;
	contact: { method: ContactMethod; phone: string | null; email: string | null };
	bestTimes: string | null;
	practice: string | null;
	needs: string | null;
	profile: NeedsProfile | null;
	consent: true;
	language: string;
	source: RequestSource | null;
	area: string | null;
}

function blankToNull(value: string | null | undefined): string | null {
	return value ? value : null;
}
const optionalText = (max: number, message: string, field: string, rules?: TextRules) =>
	v.pipe(
		v.nullish(
			v.pipe(v.string(message), v.trim(), safeText(field, rules), v.maxLength(max, message))
		),
		v.transform(blankToNull)
	);
const compactPhone = (value: string) => value.replace(/[\s()-]/g, '');
const optionalShape = (
	pattern: RegExp,
	message: string,
	field: string,
	normalise = (s: string) => s
) =>
	v.pipe(
		v.nullish(v.pipe(v.string(message), v.trim(), safeText(field), v.transform(normalise))),
		v.transform(blankToNull),
		v.check((s) => !s || pattern.test(s), message)
	);

const ContactSchema = v.pipe(
	v.object(
		{
			method: v.picklist(CONTACT_METHODS, MESSAGES.method),
			phone: optionalShape(UK_PHONE, MESSAGES.phone, FIELDS.phone, compactPhone),
			email: optionalShape(EMAIL, MESSAGES.email, FIELDS.email, (s) => s.toLowerCase())
		},
		MESSAGES.method
	),
	v.forward(
		v.check((c) => c.method === 'email' || Boolean(c.phone), MESSAGES.phone),
		['phone']
	),
	v.forward(
		v.check((c) => c.method !== 'text' || !c.phone || UK_MOBILE.test(c.phone), MESSAGES.mobile),
		['phone']
	),
	v.forward(
		v.check((c) => c.method !== 'email' || Boolean(c.email), MESSAGES.email),
		['email']
	)
);

const RequestSchema = v.object({
	name: v.pipe(
		v.string(MESSAGES.name),
		v.trim(),
		v.nonEmpty(MESSAGES.name),
		safeText(FIELDS.name),
		v.maxLength(100, MESSAGES.nameLong)
	),
	contact: ContactSchema,
	bestTimes: optionalText(200, MESSAGES.bestTimes, FIELDS.bestTimes),
	practice: optionalShape(ODS_PRACTICE, MESSAGES.practice, FIELDS.practice, (s) => s.toUpperCase()),
	needs: optionalText(2000, MESSAGES.needs, FIELDS.needs, { multiline: true }),
	profile: v.nullish(v.unknown()),
	consent: v.literal(true, MESSAGES.consent),
	language: v.pipe(
		v.optional(v.string(MESSAGES.language), 'en'),
		v.toLowerCase(),
		v.regex(/^[a-z]{2}$/, MESSAGES.language)
	),
	source: v.nullish(v.picklist(REQUEST_SOURCES, MESSAGES.source)),
	area: optionalShape(DISTRICT, MESSAGES.area, FIELDS.area, (s) =>
		s.toUpperCase().replace(/\s/g, '')
	)
});

/** Checks a parsed body; errors are keyed by dotted path, e.g. `contact.phone`. */
export function validateRequest(input: unknown): Validated<RequestInput> {
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		return { ok: false, errors: { '': MESSAGES.notObject } };
	}
	// Valibot words a missing key for developers; as undefined it gets the field's own message.
	const given = input as Record<string, unknown>;
	const contactGiven = given.contact;
	const filled = {
		name: undefined,
		consent: undefined,
		...given,
		contact:
			contactGiven && typeof contactGiven === 'object'
				? { method: undefined, ...contactGiven }
				: contactGiven
	};
	const checked = validate(RequestSchema, filled);
	const profileInput = given.profile;
	const profile = profileInput == null ? null : parseProfile(profileInput);
	if (profile && !profile.ok) {
		const errors = checked.ok ? {} : checked.errors;
		for (const [path, message] of Object.entries(profile.errors)) {
			errors[path ? `profile.${path}` : 'profile'] ??= message || MESSAGES.profile;
		}
		return { ok: false, errors };
	}
	if (!checked.ok) return checked;
	const value = checked.value;
	return {
		ok: true,
		value: {
			...value,
			contact: {
				method: value.contact.method,
				phone: value.contact.phone ?? null,
				email: value.contact.email ?? null
			},
			bestTimes: value.bestTimes ?? null,
			practice: value.practice ?? null,
			needs: value.needs ?? null,
			area: value.area ?? null,
			profile: profile?.ok ? coarsen(profile.value) : null,
			source: value.source ?? null
		}
	};
}

/** A shared starting point is kept to about a kilometre: enough to suggest, not to find a home. */
function coarsen(profile: NeedsProfile): NeedsProfile {
	if (!profile.origin) return profile;
	const round = (n: number) => Math.round(n * 100) / 100;
	return { ...profile, origin: { lat: round(profile.origin.lat), lng: round(profile.origin.lng) } };
}
