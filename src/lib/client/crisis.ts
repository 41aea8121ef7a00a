/**
 * Crisis phrasing in what a person types, on the phone: the shipped list plus the
 * deployment's own (CRISIS_PHRASES_PATH), which the patient pages' layout hands over.
 */
import {
	createCrisisMatcher,
	SHIPPED_PHRASES,
	type CrisisMatcher,
	type CrisisPhraseList
} from '$lib/crisis/detect';

let cached: { extra: CrisisPhraseList | null; matcher: CrisisMatcher } | undefined;

export function isCrisisText(text: string, extra: CrisisPhraseList | null = null): boolean {
	if (!cached || cached.extra !== extra) {
		const lists = extra ? [SHIPPED_PHRASES, extra] : [SHIPPED_PHRASES];
		cached = { extra, matcher: createCrisisMatcher(lists) };
	}
	return cached.matcher.find(text).length > 0;
}
