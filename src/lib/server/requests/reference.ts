/** References a person can read out on the phone: WM- and five characters, none easily confused. */
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or U/V: 29 characters, so about 20 million references. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = new RegExp(`^WM-[${REFERENCE_ALPHABET}]{5}$`);

export function newReference(): string {
	let code = '';
	for (let i = 0; i < 5; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
	return `WM-${code}`;
}

/** What a person might type: lower case, spaces, a missing prefix. */
export function normaliseReference(input: string): string | null {
	const compact = input.trim().toUpperCase().replace(/\s/g, '');
	const reference = compact.startsWith('WM-') ? compact : `WM-${compact.replace(/^WM/, '')}`;
	return REFERENCE_PATTERN.test(reference) ? reference : null;
}
