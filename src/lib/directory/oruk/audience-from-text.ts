/**
 * Reads who a service is for from its own words (DESIGN.md §3.2a). A wrong audience hides a
 * service from someone it is meant for, so only plain statements count: "women only", "for
 * carers", "parent and toddler group", "ESOL", "for people with Parkinson's". Words that welcome
 * a group without limiting it ("dementia-friendly", "carers welcome", "for men and women") and
 * words about someone else ("parenting teenagers", "knitting for the baby unit") are not read.
 *
 * `strength` says how the text is used: an eligibility statement is about who, so every cue
 * counts; a name counts group words ("Women's walking group", "Youth club"); a description
 * counts only cues that say so outright ("for women only", "for unpaid carers").
 */
import { isSexAudience, type Audience } from '../audience';

export type AudienceTextKind = 'eligibility' | 'name' | 'description';

export interface AudienceRead {
	audience: Audience[];
	/** The text says everyone may come ("Open to all", "Everyone welcome"). */
	isForEveryone: boolean;
}

interface Cue {
	audience: Audience;
	pattern: RegExp;
	/** The weakest kind of text the cue is trusted in. */
	in: AudienceTextKind;
}

const CONDITIONS =
	"parkinson'?s|stroke|cancer|copd|dementia|alzheimer'?s|memory (?:loss|problems)|diabetes|" +
	"arthritis|multiple sclerosis|\\bms\\b|autism|autistic|asd|asperger'?s|epilepsy|heart failure|" +
	'long covid|fibromyalgia|chronic pain|sight loss|visual impairment|hearing loss|deaf|' +
	'learning disabilit(?:y|ies)|brain injury|mental health (?:problems|conditions)|anxiety|' +
	'depression|bipolar|eating disorders?|ptsd|addiction|substance misuse|lung disease|' +
	"motor neurone disease|mnd|huntington'?s|sickle cell|kidney disease|pain";

const COMMUNITIES =
	'polish|romanian|kurdish|arabic|arab|bangladeshi|pakistani|indian|somali|chinese|eritrean|' +
	'syrian|afghan|nigerian|ghanaian|caribbean|african|south asian|asian|muslim|jewish|sikh|hindu|' +
	'gypsy|roma|traveller|ukrainian|lithuanian|latvian|portuguese|turkish|iranian|sudanese|czech|' +
	'slovak|hong kong|yemeni|iraqi|filipino|vietnamese|nepali|tamil|punjabi|urdu|bengali';

/** Ordered: specific phrases first, and each used phrase is blanked so it counts once. */
const CUES: readonly Cue[] = [
	{ audience: 'young-carers', in: 'description', pattern: /\byoung (?:adult )?carers?\b/ },
	{
		audience: 'parents-young-children',
		in: 'description',
		pattern:
			/\b(?:parents?|mums?|dads?|grandparents?|carers?)(?: and| &|\/| or)? (?:carers? )?(?:and |& |with |of )?(?:toddlers?|tots|babies|baby|bumps?|under[- ]?(?:5|five|4|four|1|one)s?|pre-?school(?:ers| children)?|(?:young )?children under (?:5|five|4|four|1|one)|little ones)\b|\bstay (?:and|&) play\b|\bbaby (?:and|&) me\b|\b(?:baby|toddler|tots?) (?:group|club|massage|yoga|sensory|music|time|session|class|sing)s?\b|\bbreastfeeding\b|\bantenatal\b|\bbumps? (?:and|&) babies\b/
	},
	{
		audience: 'parents-young-children',
		in: 'name',
		pattern:
			/\b(?:babies|toddlers|(?:young )?children) (?:aged )?under[- ]?(?:1|2|3|4|5|one|two|three|four|five)s?\b|\bunder[- ]?(?:5|five)s\b/
	},
	{
		audience: 'learning-english',
		in: 'description',
		pattern:
			/\besol\b|\benglish (?:as an? )?(?:second|additional|foreign|other) language\b|\bspeakers of other languages\b|\b(?:learn|learning|practi[sc]e|improve|practi[sc]ing) (?:your |their )?(?:spoken )?english\b|\benglish conversation\b|\benglish (?:classes|lessons|course) for\b|\benglish for (?:parents|beginners|speakers|adults|refugees|newcomers)\b/
	},
	{
		audience: 'lgbtq',
		in: 'name',
		pattern:
			/\blgbt\w*\+?|\brainbow(?= (?:youth|group|club|social|network)\b)|\b(?:gay|lesbian|bisexual|transgender|queer|trans)\b(?! ?friendly)/
	},
	{
		audience: 'bereaved',
		in: 'name',
		pattern:
			/\bbereave(?:d|ment)\b|\bgrie(?:f|ving)\b|\bloss of (?:a|your) (?:loved one|partner|child|baby)\b|\b(?:who have|who has|who've) lost (?:someone|a loved one|a partner|a child)\b/
	},
	{
		audience: 'condition',
		in: 'description',
		pattern: new RegExp(
			`\\b(?:for )?(?:(?:people|adults|anyone|those|children|young people)(?: who are)? )?(?:living (?:well )?with|diagnosed with|affected by|with) (?:an? |type [12] )?(?:${CONDITIONS})(?![a-z])`
		)
	},
	{
		audience: 'condition',
		in: 'name',
		pattern: new RegExp(
			`\\b(?:${CONDITIONS})(?: [a-z0-9']+)? (?:support group|group|club|caf[eé]|society|circle|course|programme|exercise|peer support)s?(?![a-z])|\\b(?:exercise|support|singing|yoga) for (?:${CONDITIONS})(?![a-z])|\\bmemory caf[eé]s?(?![a-z])|\\bdementia (?:day|support) (?:group|service|centre)s?\\b`
		)
	},
	{
		audience: 'carers',
		in: 'description',
		pattern:
			/\bfor (?:unpaid |adult |family |working )?carers\b|\bcarers only\b|\band their carers\b/
	},
	{
		audience: 'carers',
		in: 'name',
		pattern:
			/(?<!(?:parents?|mums?|dads?) (?:and|&|\/|or) |male |female )\b(?:unpaid |working |adult |family )?carers?'?s?\b(?! (?:welcome|friendly|with (?:their |your )?(?:children|kids|child|babies|baby)))|\bcaring for (?:someone|a relative|a loved one|a partner|a family member)\b/
	},
	{
		audience: 'women',
		in: 'description',
		pattern:
			/\b(?:women|ladies|females?|girls)[- ]only\b|\bonly (?:for )?(?:women|ladies)\b|\bfor (?:women|ladies|mums|mothers)(?! and (?:men|dads|fathers))\b/
	},
	{
		audience: 'women',
		in: 'name',
		pattern: /\b(?:women'?s|womens|ladies'?|girls'?|female)\b|\bwomen\b(?! and men)/
	},
	{
		audience: 'men',
		in: 'description',
		pattern:
			/\b(?:men|males?|gents|boys)[- ]only\b|\bonly (?:for )?men\b|\bfor (?:men|dads|fathers|blokes)(?! and (?:women|mums|mothers))\b/
	},
	{
		audience: 'men',
		in: 'name',
		pattern:
			/\b(?:men'?s|mens|dads'?|fathers'?|blokes|lads|gents|male)\b|\bman club\b|\bmen\b(?! and women)/
	},
	{
		audience: 'older-people',
		in: 'description',
		pattern:
			/\bfor (?:older people|older adults|the over[- ]?(?:50|55|60|65|70)s|over[- ]?(?:50|55|60|65|70)s|seniors|pensioners)\b|\b(?:aged|age) (?:50|55|60|65|70) (?:and over|and above|or over|plus)\b/
	},
	{
		audience: 'older-people',
		in: 'name',
		pattern:
			/\bolder (?:people|adults|persons?)\b|\bseniors?\b|\bpensioners?\b|\bover[- ]?(?:50|55|60|65|70)'?s\b|\b(?:50|55|60|65|70) ?\+|\bolder age\b/
	},
	{
		audience: 'young-people',
		in: 'description',
		pattern:
			/\bfor (?:young people|teenagers|teens|young adults)\b|\b(?:aged|ages) (?:1[0-9]) (?:to|-|–) (?:1[0-9]|2[0-5])\b/
	},
	{
		audience: 'young-people',
		in: 'name',
		pattern:
			/\byouth\b|\byoung (?:people|persons?|adults)\b|(?<!parenting |parents of |for parents of )\bteen(?:s|agers?)?\b|\b1[1-8] (?:to|-|–) (?:1[8-9]|2[0-5])s?\b/
	}
];

const STRENGTH: Record<AudienceTextKind, number> = { description: 0, name: 1, eligibility: 2 };

/** Words that make a mention of a group a welcome, not a limit. */
const WELCOMING = /^[\s-]*(?:friendly|welcome|welcomed|also welcome|are welcome|inclusive)\b/;

const FOR_EVERYONE =
	/\b(?:open to (?:all|everyone|anyone)|everyone (?:is )?welcome|anyone (?:is )?welcome|all (?:are )?welcome|for everyone|for all ages|all ages welcome|suitable for all)\b/;

/** A community named before a word that says it is a group of people ("Polish social club"). */
const NAMED_COMMUNITY = new RegExp(
	`\\b(?:${COMMUNITIES})(?: and (?:${COMMUNITIES}))?(?: speaking)? (?:community|communities|women|men|families|speakers|club|group|social|circle|association|elders)\\b`
);
/**
 * People an eligibility sentence names that no cue read ("Older *or disabled people*, and
 * families with children under 5"): then its groups are only some of those it is for, and
 * reading them as the whole list would shut the others out.
 */
const OTHER_PEOPLE =
	/\b(?:people|persons|adults|anyone|everyone|individuals|residents|families|those|children|young people)\b/;
const WITH_AN_ADULT =
	/\b(?:with|accompanied by) (?:an? |their |your )?(?:adult|parent|carer|grown-up)s?\b/g;

function normalise(text: string): string {
	return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

export function audienceFromText(text: string, kind: AudienceTextKind): AudienceRead {
	let rest = normalise(text);
	const found = new Set<Audience>();
	const isForEveryone = FOR_EVERYONE.test(rest);
	for (const cue of CUES) {
		if (STRENGTH[kind] < STRENGTH[cue.in]) continue;
		const pattern = new RegExp(cue.pattern.source, 'g');
		rest = rest.replace(pattern, (match, ...args) => {
			const offset = args[args.length - 2] as number;
			const after = rest.slice(offset + match.length);
			if (!WELCOMING.test(after)) found.add(cue.audience);
			return ' '.repeat(match.length);
		});
	}
	if (kind === 'eligibility' && OTHER_PEOPLE.test(rest.replace(WITH_AN_ADULT, ' '))) {
		for (const term of [...found]) if (!isSexAudience(term)) found.delete(term);
	}
	if (found.has('women') && found.has('men')) {
		found.delete('women');
		found.delete('men');
	}
	if (found.has('young-carers')) found.delete('carers');
	const community = NAMED_COMMUNITY.exec(normalise(text));
	if (community && kind !== 'description') found.add('community');
	return { audience: [...found], isForEveryone };
}
