/** Reads and checks the "new password" pair of fields used by invitations, resets and changes. */
import type { PasswordProblem } from '$lib/server/auth/password-policy';
import * as m from '$lib/paraglide/messages';
import { PASSWORD_PROBLEM } from './labels';
import { field, type Errors } from '$lib/components/form/forms';

export function readNewPassword(data: FormData): { password: string; errors: Errors } {
	const password = field(data, 'password');
	const errors: Errors = {};
	if (!password) errors.password = m.auth_password_problems_too_short();
	else if (password !== field(data, 'confirm')) errors.confirm = m.auth_passwords_differ();
	return { password, errors };
}

export function problemMessage(problem: PasswordProblem): Errors {
	return { password: PASSWORD_PROBLEM[problem]() };
}
