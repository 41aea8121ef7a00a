/** A UK postcode's shape, checked on the phone before any look-up (like the server's check). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;

export function tidyPostcode(input: string): string {
	const squeezed = input.replace(/\s+/g, '').toUpperCase();
	return squeezed.length > 3 ? `${squeezed.slice(0, -3)} ${squeezed.slice(-3)}` : squeezed;
}

export function isPostcodeShape(input: string): boolean {
	return POSTCODE.test(input.replace(/\s+/g, '').toUpperCase());
}
