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

const NUMBER = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|several|some|a couple of|a flight of|flights? of)`;
const STEP_KIND = String.raw`(?:(?:small|short|steep|shallow|narrow|stone|concrete|wooden|external|internal|front) )?`;
const PLACES = String.raw`(?:front|back|rear|side|entrance|entry|door|doorway|main door|building|hall|room|church|porch|gate|stage)`;

/**
 * Order matters: the most specific phrases come first and use up their words, so "wheelchair
 * accessible toilet" is about the toilet, not the entrance, and "no steps" is not a negated step.
 */
const CUES: readonly Cue[] = [
	{
		feature: 'accessible-toilet',
		says: false,
		pattern:
			/\bno (?:accessible|disabled) (?:toilets?|wcs?|loos?)\b|\b(?:toilets?|wcs?|loos?|bathrooms?) (?:is|are) not (?:wheelchair[- ])?accessible\b/
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
		pattern:
			/\bno (?:on[- ]site |off[- ]street |disabled |blue badge )?(?:parking|car park)\b|\b(?:on[- ])?street parking only\b|\bonly (?:on[- ])?street parking\b/
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
		pattern: new RegExp(
			[
				String.raw`\b(?:there (?:are|is)|has|have|with|up|down|via|by) (?:\w+ ){0,2}(?:steps?|stairs|staircase)\b`,
				String.raw`\b${NUMBER} ${STEP_KIND}(?:steps?|stairs)\b(?! (?:away|from)\b)`,
				String.raw`\b(?:steps?|stairs) (?:up )?(?:at|to|into|outside|inside|leading (?:up )?to|in front of|by) (?:the )?(?:\w+ )?${PLACES}\b`,
				String.raw`\b(?:stairs|steps)(?: access)? only\b`,
				String.raw`\bonly (?:accessible |reached |accessed )?(?:by|via|up) (?:the )?(?:stairs|steps)\b`,
				String.raw`\bnot (?:suitable|accessible) for wheelchairs?(?: users)?\b|\bunsuitable for wheelchairs?(?: users)?\b`
			].join('|')
		)
	},
	{
		feature: 'step-free',
		says: true,
		pattern:
			/\bwheelchair[- ](?:users? )?(?:access(?:ible)?|friendly)\b|\bwheelchair access\b|\b(?:accessible|access) (?:for|to|by) wheelchairs?(?: users)?\b|\bdisabled access\b|\bramps?(?:ed)?\b|\blifts?\b|\bground[- ]floor\b|\baccessible entrance\b|\bfully accessible\b/
	}
];

/** Words that turn a cue into its opposite when they come shortly before it. */
const NEGATION_BEFORE =
	/\b(?:no|not|isn't|aren't|without|lacks?|never|neither|nor|cannot|can't)\b(?:\s+\S+){0,3}\s*$/;
/** ...or shortly after it ("the lift is out of order", "parking is not available"). */
const NEGATION_AFTER =
	/^\s*(?:\S+\s+){0,3}?(?:is|are)?\s*(?:not available|unavailable|out of (?:order|service)|not working|broken|not accessible|not suitable)\b/;
/** Cues that begin by saying something is missing, whose "no" reaches the rest of a list. */
const NEGATED_CUE = /^(?:no|not|without)\b/;
/**
 * What may stand between the items of one list ("no ramp, lift or hearing loop"): a comma, "or",
 * "nor", or "and" (but not "and a", "and there is", which starts a new thought).
 */
const LIST_JOIN = /^\s*(?:,\s*)?(?:(?:or|nor|and)\s+)?(?:no\s+)?$|^\s*,\s*$/;

interface Found {
	feature: AccessFeature;
	says: boolean;
	start: number;
	end: number;
	/** The words said "no" to it, so the next item of a list is missing too. */
	isNegated: boolean;
}

/** Clauses: negation does not reach across sentences or "but". */
function clauses(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(
			/[.;:!?\n•()]+|,\s*(?:but|however|although|though|whereas)\b|\s+(?:but|however|although|though|whereas)\s+/
		)
		.map((clause) => clause.trim())
		.filter(Boolean);
}

/** Every cue in the clause, in order; the words a cue used are not read again by a later one. */
function cuesIn(clause: string): Omit<Found, 'isNegated'>[] {
	const found: Omit<Found, 'isNegated'>[] = [];
	let rest = clause;
	for (const cue of CUES) {
		const pattern = new RegExp(cue.pattern.source, 'g');
		rest = rest.replace(pattern, (match: string, ...args: unknown[]) => {
			const start = args[args.length - 2] as number;
			found.push({ feature: cue.feature, says: cue.says, start, end: start + match.length });
			// Same length, so later offsets still line up.
			return ' '.repeat(match.length);
		});
	}
	return found.sort((a, b) => a.start - b.start);
}

function readClause(clause: string, seen: Map<AccessFeature, Set<boolean>>): void {
	let previous: Found | undefined;
	for (const cue of cuesIn(clause)) {
		const before = clause.slice(previous?.end ?? 0, cue.start);
		const after = clause.slice(cue.end);
		let isNegated = !cue.says && NEGATED_CUE.test(clause.slice(cue.start, cue.end));
		let says = cue.says;
		if (says) {
			const inList = previous?.isNegated === true && LIST_JOIN.test(before);
			isNegated = inList || NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after);
			if (isNegated) says = false;
		}
		const features = seen.get(cue.feature) ?? new Set<boolean>();
		features.add(says);
		seen.set(cue.feature, features);
		previous = { ...cue, says, isNegated };
	}
}

export function accessFromText(text: string): AccessInfo {
	const seen = new Map<AccessFeature, Set<boolean>>();
	for (const clause of clauses(text)) readClause(clause, seen);
	const access: AccessInfo = {};
	for (const [feature, says] of seen) {
		if (says.size === 1) access[feature] = [...says][0];
	}
	return access;
}
