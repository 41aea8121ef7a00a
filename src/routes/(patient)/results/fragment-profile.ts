/**
 * A profile given in the address's fragment (`/results#profile={…}`), which browsers never
 * send to a server: for benchmarks now, and for sharing a search later.
 */
import { parseProfile } from '$lib/matching';
import { fromProfile, STEPS, type Answers } from '$lib/questionnaire';

const PREFIX = '#profile=';

export function answersFromFragment(hash: string): Answers | null {
	if (!hash.startsWith(PREFIX)) return null;
	try {
		const parsed = parseProfile(JSON.parse(decodeURIComponent(hash.slice(PREFIX.length))));
		if (!parsed.ok) return null;
		return { ...fromProfile(parsed.value), seen: [...STEPS] };
	} catch {
		return null;
	}
}
