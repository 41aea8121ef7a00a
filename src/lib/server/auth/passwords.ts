/** Password hashing with argon2id (@node-rs/argon2, prebuilt Rust bindings). */
import { hash, verify, type Options } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from './config';

// 2 is Algorithm.Argon2id: the package's enum is a `const enum`, which isolated modules cannot read.
const OPTIONS: Options = { algorithm: 2, ...ARGON2_OPTIONS };

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFC'), OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (no such account, or one not yet set
 * up) it still does the work of a check, so timing does not tell whether an account exists.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
	if (!stored) {
		dummyHash ??= hashPassword('not a real password, only here to spend time');
		await verify(await dummyHash, password.normalize('NFC')).catch(() => false);
		return false;
	}
	try {
		return await verify(stored, password.normalize('NFC'));
	} catch {
		return false;
	}
}
