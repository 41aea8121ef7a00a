/** Reads and checks the "new password" pair of fields used by invitations, resets and changes. */
import type { PasswordProblem } from '$lib/server/auth/password-policy';
import { m } from '$lib/messages';
import { field, type Errors } from './forms';

export function readNewPassword(data: FormData): { password: string; errors: Errors } {
	const password = field(data, 'password');
	const errors: Errors = {};
	if (!password) errors.password = m.auth.passwordProblems.tooShort;
	else if (password !== field(data, 'confirm')) errors.confirm = m.auth.passwordsDiffer;
	return { password, errors };
}

export function problemMessage(problem: PasswordProblem): Errors {
	return { password: m.auth.passwordProblems[problem] };
}
