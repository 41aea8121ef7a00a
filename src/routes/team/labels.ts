/**
 * The staff pages' words for each value of their enumerations, as maps of compiled messages
 * (English: staff pages are not translated).
 */
import type { MaxCost } from '$lib/matching';
import * as m from '$lib/paraglide/messages';
import type { PasswordProblem } from '$lib/server/auth/password-policy';
import type {
	AccountStatus,
	ContactMethod,
	RequestOutcome,
	RequestStatus,
	StaffRole
} from '$lib/server/db/schema';

type Label = () => string;

export const ROLE: Readonly<Record<StaffRole, Label>> = {
	admin: m.team_roles_admin,
	'link-worker': m.team_roles_link_worker,
	'vcse-editor': m.team_roles_vcse_editor
};

export const ACCOUNT_STATUS: Readonly<Record<AccountStatus, Label>> = {
	invited: m.team_statuses_invited,
	active: m.team_statuses_active,
	disabled: m.team_statuses_disabled
};

export const STATUS_FILTER: Readonly<Record<'open' | RequestStatus | 'all', Label>> = {
	open: m.inbox_status_filters_open,
	new: m.inbox_status_filters_new,
	contacted: m.inbox_status_filters_contacted,
	'in-progress': m.inbox_status_filters_in_progress,
	closed: m.inbox_status_filters_closed,
	all: m.inbox_status_filters_all
};

export const ASSIGNED_FILTER: Readonly<Record<'anyone' | 'me' | 'unassigned', Label>> = {
	anyone: m.inbox_assigned_filters_anyone,
	me: m.inbox_assigned_filters_me,
	unassigned: m.inbox_assigned_filters_unassigned
};

export const REQUEST_STATUS: Readonly<Record<RequestStatus, Label>> = {
	new: m.inbox_statuses_new,
	contacted: m.inbox_statuses_contacted,
	'in-progress': m.inbox_statuses_in_progress,
	closed: m.inbox_statuses_closed
};

export const OUTCOME: Readonly<Record<RequestOutcome, Label>> = {
	engaged: m.inbox_outcomes_engaged,
	declined: m.inbox_outcomes_declined,
	'no-contact': m.inbox_outcomes_no_contact,
	'referred-elsewhere': m.inbox_outcomes_referred_elsewhere
};

export const METHOD: Readonly<Record<ContactMethod, Label>> = {
	phone: m.inbox_methods_phone,
	text: m.inbox_methods_text,
	email: m.inbox_methods_email
};

export const ATTEMPT_RESULT: Readonly<
	Record<'reached' | 'no-answer' | 'left-message' | 'sent' | 'wrong-details', Label>
> = {
	reached: m.inbox_attempt_results_reached,
	'no-answer': m.inbox_attempt_results_no_answer,
	'left-message': m.inbox_attempt_results_left_message,
	sent: m.inbox_attempt_results_sent,
	'wrong-details': m.inbox_attempt_results_wrong_details
};

export const COSTS: Readonly<Record<MaxCost, Label>> = {
	free: m.inbox_costs_free,
	low: m.inbox_costs_low,
	any: m.inbox_costs_any
};

export const DONE: Readonly<Record<'assign' | 'status' | 'note' | 'attempt' | 'close', Label>> = {
	assign: m.inbox_done_assign,
	status: m.inbox_done_status,
	note: m.inbox_done_note,
	attempt: m.inbox_done_attempt,
	close: m.inbox_done_close
};

export const PASSWORD_PROBLEM: Readonly<Record<PasswordProblem, Label>> = {
	tooShort: m.auth_password_problems_too_short,
	tooLong: m.auth_password_problems_too_long,
	common: m.auth_password_problems_common,
	personal: m.auth_password_problems_personal
};
