/**
 * What makes a new password acceptable (NIST SP 800-63B, ASVS 2.1): long enough, not a
 * common breached password nor one with a few characters added, not the person's own email
 * address or the service's name. No composition rules.
 */
import commonPasswordsText from './common-passwords.txt?raw';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './config';

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'personal';

const common = new Set(commonPasswordsText.split('\n').filter(Boolean));

/** "monkey123456", "password!!!!", "qwertyqwerty": a common password dressed up. */
function looksCommon(lower: string): boolean {
	if (common.has(lower)) return true;
	const stripped = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
	if (stripped.length >= 4 && common.has(stripped)) return true;
	const repeat = /^(.+?)\1+$/u.exec(lower);
	if (repeat && (repeat[1].length < 4 || common.has(repeat[1]))) return true;
	return new Set(lower).size <= 3;
}

export function checkNewPassword(
	password: string,
	context: { email?: string } = {}
): PasswordProblem | null {
	const length = [...password.normalize('NFC')].length;
	if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
	if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
	const lower = password.normalize('NFC').toLowerCase();
	if (looksCommon(lower)) return 'common';
	const local = context.email?.toLowerCase().split('@')[0] ?? '';
	const personalWords = ['waymark', ...(local.length >= 4 ? [local] : [])];
	const bare = lower.replace(/[\d\W_]+/gu, '');
	if (personalWords.some((word) => bare === word.replace(/[\d\W_]+/gu, ''))) return 'personal';
	return null;
}
