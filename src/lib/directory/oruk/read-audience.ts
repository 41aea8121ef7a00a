/**
 * Who an imported service is for (DESIGN.md §3.2a), in order of trust: Waymark's own
 * `wm_audience`; the eligibility words (`eligibility_description`, v1 `eligibilitys`); the
 * name; Placecube's `pc_targetAudience` list; and plain statements in the description. A
 * feed's target-audience list says who a service may interest as often as who may go (parkrun
 * tagged "Mental Health", bell ringing "Culturally Specific"), so its entries count only when
 * the list is short and, for groups other than women, men, carers and the bereaved, when the
 * service's own words say the same.
 */
import { isAudience, normaliseAudience, type Audience } from '../audience';
import { audienceFromText } from './audience-from-text';
import { objects, str, type Json } from './types';

export type AudienceDecidedBy = 'waymark-field' | 'text' | 'target-audience' | 'none';

export interface ReadAudienceResult {
	audience: Audience[];
	decided: AudienceDecidedBy;
}

/** A target-audience list this long is a list of who might be interested, not a limit. */
const MAX_TARGET_ENTRIES = 3;

/** Placecube's audience types, and whether the service's own words must agree. */
const TARGET_TYPES: readonly [RegExp, Audience, boolean][] = [
	[/^women$|^ladies$|^females?$/, 'women', false],
	[/^men$|^males?$/, 'men', false],
	[/^carers?$/, 'carers', false],
	[/^young carers?$/, 'young-carers', false],
	[/^bereaved$/, 'bereaved', false],
	[/^parents?(?:>grandparents)?$/, 'parents-young-children', true],
	[/^lgbtq?\+?$|^lgbt/, 'lgbtq', true],
	[
		/^(?:cancer|dementia|parkinsons?|autism|aspergers|stroke|long term health conditions|learning disabilities|sensory impaired.*)$/,
		'condition',
		true
	],
	[/^older people$|^over 50s?$/, 'older-people', false]
];

function targetTypes(service: Json): string[] {
	return objects(service.pc_targetAudience).flatMap((entry) => {
		const type = str(entry.audienceType) ?? str(entry.name);
		return type ? [type.trim().toLowerCase()] : [];
	});
}

export function readAudience(
	service: Json,
	name: string,
	description: string,
	eligibility: string
): ReadAudienceResult {
	if (Array.isArray(service.wm_audience)) {
		const own = service.wm_audience.filter(isAudience);
		return { audience: normaliseAudience(own), decided: 'waymark-field' };
	}
	const fromEligibility = audienceFromText(eligibility, 'eligibility');
	if (fromEligibility.isForEveryone && fromEligibility.audience.length === 0) {
		return { audience: [], decided: 'text' };
	}
	const fromName = audienceFromText(name, 'name');
	const fromDescription = audienceFromText(description, 'description');
	const found = new Set<Audience>([
		...fromEligibility.audience,
		...fromName.audience,
		...fromDescription.audience
	]);
	const decidedByText = found.size > 0;

	const types = targetTypes(service);
	if (types.length > 0 && types.length <= MAX_TARGET_ENTRIES) {
		const ownWords = new Set([
			...audienceFromText(`${name}. ${description}`, 'name').audience,
			...fromEligibility.audience
		]);
		for (const type of types) {
			const known = TARGET_TYPES.find(([pattern]) => pattern.test(type));
			if (!known) continue;
			const [, audience, needsWords] = known;
			if (!needsWords || ownWords.has(audience)) found.add(audience);
		}
	}
	if (found.has('women') && found.has('men')) {
		found.delete('women');
		found.delete('men');
	}
	const audience = normaliseAudience([...found]);
	const decided = audience.length === 0 ? 'none' : decidedByText ? 'text' : 'target-audience';
	return { audience, decided };
}
