/** The words of a request's life: statuses, outcomes, contact methods and attempt results. */
import type { ContactMethod, RequestOutcome, RequestStatus } from '$lib/server/db/schema';

export type { ContactMethod, RequestOutcome, RequestStatus };

export const CONTACT_METHODS: readonly ContactMethod[] = ['phone', 'text', 'email'];
export const REQUEST_STATUSES: readonly RequestStatus[] = [
	'new',
	'contacted',
	'in-progress',
	'closed'
];
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'contacted', 'in-progress'];
export const REQUEST_OUTCOMES: readonly RequestOutcome[] = [
	'engaged',
	'declined',
	'no-contact',
	'referred-elsewhere'
];
export const REQUEST_SOURCES = ['qr', 'link', 'direct', 'shortlist'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** What came of one try at reaching the person. */
export const ATTEMPT_RESULTS = ['reached', 'no-answer', 'left-message', 'sent', 'wrong-details'];
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

/** How long a person is told to expect before a link worker contacts them. */
export const WORKING_DAYS_TO_CONTACT = 3;

/** The request's size limit: bigger bodies get 413 before they are read. */
export const MAX_BODY_BYTES = 32 * 1024;
