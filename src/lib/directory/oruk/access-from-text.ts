/**
 * Reads a venue's access features from its own words ("Level access and a hearing loop; no lift
 * to the first floor"). A wrong "yes" sends someone to a door they cannot get through, so a
 * feature is only set when the words are clear: negated cues set `false`, and words that say both
 * (a ramp at the front, steps at the back) leave it unknown.
 */
import type { AccessFeature } from '../categories';
import type { AccessInfo } from '../model';

interface Cue {
	feature: AccessFeature;
	pattern: RegExp;
	/** true: the words say the venue has it; false: the words say it has not, whatever precedes. */
	says: boolean;
}

/**
 * Order matters: the most specific phrases come first and use up their words, so "wheelchair
 * accessible toilet" is about the toilet, not the entrance, and "no steps" is not a negated step.
 */
const CUES: readonly Cue[] = [
	{
		feature: 'accessible-toilet',
		says: false,
		pattern: /\bno (?:accessible|disabled) (?:toilets?|wcs?|loos?)\b/
	},
	{
		feature: 'accessible-toilet',
		says: true,
		pattern:
			/\b(?:(?:wheelchair[- ])?accessible|disabled|adapted) (?:toilets?|wcs?|loos?|bathrooms?|facilities)\b|\bchanging places\b|\baccessible (?:toilet|wc)s?\b/
	},
	{
		feature: 'parking',
		says: false,
		pattern: /\bno (?:on[- ]site |off[- ]street |disabled |blue badge )?(?:parking|car park)\b/
	},
	{
		feature: 'parking',
		says: true,
		pattern: /\b(?:disabled|blue badge|accessible|free|on[- ]site)? ?(?:parking|car park)\b/
	},
	{
		feature: 'hearing-loop',
		says: true,
		pattern: /\b(?:hearing|induction|audio)[- ]loops?\b|\bloop system\b|\bt[- ]?coil\b/
	},
	{
		feature: 'quiet-space',
		says: true,
		pattern: /\b(?:quiet|calm|sensory|chill[- ]out) (?:room|space|area|corner)s?\b/
	},
	{
		feature: 'step-free',
		says: true,
		pattern:
			/\b(?:no|without) (?:steps|stairs)\b|\bstep[- ]?free\b|\blevel (?:access|entrance|entry)\b|\ball on (?:one|the same) level\b/
	},
	{
		feature: 'step-free',
		says: false,
		pattern:
			/\b(?:there are|has|have|with|up|down) (?:\w+ ){0,2}(?:steps|stairs)\b|\bstairs only\b|\bsteps (?:up )?to the (?:entrance|door|building|hall)\b/
	},
	{
		feature: 'step-free',
		says: true,
		pattern:
			/\bwheelchair[- ](?:users? )?(?:access(?:ible)?|friendly)\b|\bwheelchair access\b|\b(?:accessible|access) (?:for|to|by) wheelchairs?(?: users)?\b|\bdisabled access\b|\bramps?(?:ed)?\b|\blifts?\b|\bground[- ]floor\b|\baccessible entrance\b|\bfully accessible\b/
	}
];

/** Words that turn a cue into its opposite when they come shortly before it in the same clause. */
const NEGATION_BEFORE =
	/\b(?:no|not|isn't|aren't|without|lacks?|never|unfortunately no|there is no|cannot|can't)\b(?:\s+\S+){0,3}\s*$/;
/** ...or shortly after it ("the lift is out of order", "parking is not available"). */
const NEGATION_AFTER =
	/^\s*(?:\S+\s+){0,3}?(?:is|are)?\s*(?:not available|unavailable|out of (?:order|service)|not working|not accessible|not suitable)\b/;

/** Clauses: negation does not reach across sentences or "but". */
function clauses(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[.;!?\n•]+|,\s*(?:but|however|although)\b|\s+but\s+|\s+however\s+|\s+although\s+/)
		.map((clause) => clause.trim())
		.filter(Boolean);
}

function readClause(clause: string, found: Map<AccessFeature, Set<boolean>>): void {
	let rest = clause;
	for (const cue of CUES) {
		const pattern = new RegExp(cue.pattern.source, 'g');
		rest = rest.replace(pattern, (match, ...args) => {
			const offset = args[args.length - 2] as number;
			let says = cue.says;
			if (says) {
				const negated =
					NEGATION_BEFORE.test(rest.slice(0, offset)) ||
					NEGATION_AFTER.test(rest.slice(offset + match.length));
				if (negated) says = false;
			}
			const seen = found.get(cue.feature) ?? new Set<boolean>();
			seen.add(says);
			found.set(cue.feature, seen);
			// Used words are blanked (same length, so later offsets still line up).
			return ' '.repeat(match.length);
		});
	}
}

export function accessFromText(text: string): AccessInfo {
	const found = new Map<AccessFeature, Set<boolean>>();
	for (const clause of clauses(text)) readClause(clause, found);
	const access: AccessInfo = {};
	for (const [feature, seen] of found) {
		if (seen.size === 1) access[feature] = [...seen][0];
	}
	return access;
}
