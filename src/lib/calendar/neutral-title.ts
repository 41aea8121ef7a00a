/**
 * A calendar title that says nothing private. Calendars show titles on lock screens, in
 * shared family calendars and in meeting invitations, so an activity whose name mentions a
 * health matter ("Anxiety support group") goes in under a neutral title instead.
 * Pure: no DOM, no Svelte.
 */

/** Words and phrases that tell others about a person's health or circumstances. */
export const HEALTH_WORDS: readonly string[] = Object.freeze([
	'mental health',
	'mental',
	'depression',
	'depressed',
	'anxiety',
	'anxious',
	'panic',
	'dementia',
	'alzheimer',
	'alzheimers',
	'memory',
	'cancer',
	'diabetes',
	'diabetic',
	'bereavement',
	'bereaved',
	'grief',
	'addiction',
	'alcohol',
	'drug',
	'drugs',
	'recovery',
	'carer',
	'carers',
	'suicide',
	'self-harm',
	'hiv',
	'stroke',
	'parkinson',
	'parkinsons',
	'pain',
	'autism',
	'adhd',
	'eating disorder',
	'domestic abuse',
	'abuse',
	'therapy',
	'counselling',
	// Polish, as groups and people write it (with and without accents).
	'zdrowie psychiczne',
	'zdrowia psychicznego',
	'depresja',
	'depresji',
	'lęk',
	'lęki',
	'lek',
	'nerwica',
	'demencja',
	'demencji',
	'alzheimera',
	'rak',
	'nowotwór',
	'nowotwor',
	'cukrzyca',
	'cukrzycy',
	'żałoba',
	'zaloba',
	'żałoby',
	'uzależnienie',
	'uzaleznienie',
	'uzależnień',
	'alkoholowy',
	'alkoholizm',
	'narkotyki',
	'samobójstwo',
	'samobojstwo',
	'przemoc',
	'terapia',
	'opiekunów',
	'opiekunow',
	'udar',
	'autyzm',
	// Urdu, in its own script and in Roman Urdu.
	'ذہنی صحت',
	'ڈپریشن',
	'پریشانی',
	'ڈیمنشیا',
	'یادداشت',
	'کینسر',
	'ذیابیطس',
	'شوگر',
	'سوگ',
	'نشہ',
	'منشیات',
	'خودکشی',
	'تشدد',
	'zehni sehat',
	'zehni sehet',
	'nasha',
	'khudkushi'
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words only, whatever the case: "Stroke club" and "Parkinson's café" match, "Painting"
 * and "Carersville" do not. A possessive or a hyphen ends a word ("Dementia-friendly").
 */
const HEALTH_PATTERN = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${HEALTH_WORDS.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
	'iu'
);

export function mentionsHealth(text: string): boolean {
	return HEALTH_PATTERN.test(text.normalize('NFC'));
}

/** The activity's own name when it says nothing about health, otherwise the generic title. */
export function neutralTitle(name: string, generic: string): string {
	const trimmed = name.trim();
	return trimmed === '' || mentionsHealth(trimmed) ? generic : trimmed;
}
