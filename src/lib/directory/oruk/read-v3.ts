/**
 * One ORUK v3 service (as `GET /services/{id}` gives it) → Waymark's Activity and Organisation,
 * or a plain reason to skip it. Waymark's own export is ORUK v3 marked by `wm_schema`, and reads
 * back to exactly the Activity it was written from.
 */
import { problemText } from '../../i18n/problems';
import { audienceInWords, type Audience } from '../audience';
import type { Activity } from '../model';
import { validateActivity, validateOrganisation } from '../validation';
import { categorise } from './categorise';
import { withoutHiddenCharacters } from './hidden-characters';
import { importedId } from './oruk-ids';
import { firstSentence, htmlToText, oneLine, truncate } from './plain-text';
import { readCost } from './read-cost';
import {
	readAges,
	readCapacity,
	readContact,
	readHowToJoin,
	readLanguages,
	readStatus
} from './read-details';
import { readAudience } from './read-audience';
import { readLocations } from './read-location';
import { readOrganisation } from './read-organisation';
import { readDate, readSchedule } from './read-schedule';
import { categoryTerms, otherTerms, termsOf } from './read-terms';
import { isObject, objects, str, type ReadOptions, type ReadResult } from './types';
import { isWaymarkRecord } from './waymark-schema';

const MAX_KEYWORDS = 30;

function keywords(service: Record<string, unknown>, names: string[]): string[] {
	const given = Array.isArray(service.wm_keywords) ? service.wm_keywords.map(str) : names;
	const words = given.filter((w): w is string => !!w && w.length <= 60);
	return [...new Set(words)].slice(0, MAX_KEYWORDS);
}

function firstError(errors: Record<string, string>): string {
	const [path, code] = Object.entries(errors)[0] ?? ['', ''];
	const message = code ? problemText(code, 'en') : 'It is not valid';
	return path ? `${path}: ${message}` : message;
}

/** The listing's own words for who it is for, not the words Waymark wrote for its audience. */
function ownEligibility(service: Record<string, unknown>, audience: Audience[]): string {
	const words = oneLine(str(service.eligibility_description) ?? '');
	const isWritten = Array.isArray(service.wm_audience) && words === audienceInWords(audience);
	return isWritten ? '' : words;
}

export function readV3Service(input: unknown, options: ReadOptions): ReadResult {
	if (!isObject(input)) return { ok: false, id: null, reason: 'It is not a service object' };
	const service = input;
	const rawId = str(service.id);
	if (!rawId) return { ok: false, id: null, reason: 'It has no id' };
	const name = truncate(oneLine(str(service.name) ?? ''), 120);
	if (!name) return { ok: false, id: rawId, reason: 'It has no name' };
	const isOwnRecord = isWaymarkRecord(service);
	const source = str(service.wm_source) ?? options.source;
	const id = importedId(source, 'service', rawId);
	const repairs: string[] = [];

	const fullDescription =
		typeof service.description === 'string' ? htmlToText(service.description) : '';
	if (fullDescription.length > 5000) repairs.push('Shortened the description to 5000 characters');
	const description = truncate(fullDescription, 5000);
	const terms = termsOf(service.attributes);
	const others = otherTerms(terms).map((t) => t.name);
	const { categories, decided } = categorise(
		{ waymarkTerms: categoryTerms(terms), otherTerms: others, name, description },
		{ vocabulary: options.vocabulary, repeated: options.repeatedSentences }
	);
	// A service whose kind can't be told is still worth listing when it says what it is: people
	// find it by its words, and a link worker can give it a category. One that says nothing is not.
	if (categories.length === 0 && !description && others.length === 0) {
		return {
			ok: false,
			id: rawId,
			reason:
				'Its kind of activity could not be told: it has no description, no taxonomy terms and no telling name'
		};
	}
	const place = readLocations(service, id, { ...options, source }, isOwnRecord);
	if (place.venues.length === 0 && place.unplaced.length > 0 && !place.online) {
		return {
			ok: false,
			id: rawId,
			reason: `Its venue "${place.unplaced[0]}" has no UK map position (latitude and longitude, or a known postcode)`
		};
	}
	for (const unplaced of place.unplaced)
		repairs.push(`Left out the venue "${unplaced}": no UK map position`);

	const demo = service.wm_demo === true;
	const organisation = readOrganisation(
		service,
		{ source, serviceId: rawId, serviceName: name, demo },
		repairs
	);
	const audience = readAudience(
		service,
		name,
		description,
		oneLine(str(service.eligibility_description) ?? '')
	);
	const eligibility = ownEligibility(service, audience.audience);
	const howText = [description, str(service.application_process) ?? ''].join('\n');
	const summary = oneLine(str(service.wm_summary) ?? '') || firstSentence(description) || name;
	const activity: Activity = {
		id,
		organisation: { id: organisation.id, name: organisation.name },
		name,
		summary: truncate(summary, 200),
		description,
		categories,
		keywords: keywords(service, others),
		venues: place.venues,
		online: place.online,
		schedule: readSchedule(
			[
				...objects(service.schedules),
				...objects(service.service_at_locations).flatMap((l) => objects(l.schedules))
			],
			repairs
		),
		cost: readCost(service, isOwnRecord),
		...readAges(service, repairs),
		audience: audience.audience,
		...(eligibility ? { eligibility: truncate(eligibility, 500) } : {}),
		languages: readLanguages(service, repairs),
		howToJoin: readHowToJoin(service, howText),
		contact: readContact(service, repairs),
		capacity: readCapacity(service),
		status: readStatus(service, repairs),
		lastReviewed: readDate(service.assured_date) ?? null,
		source,
		sourceId: str(service.wm_source_id) ?? rawId,
		demo
	};
	const checked = validateActivity(withoutHiddenCharacters(activity, repairs));
	if (!checked.ok) return { ok: false, id: rawId, reason: firstError(checked.errors) };
	const checkedOrganisation = validateOrganisation(
		withoutHiddenCharacters(organisation, repairs, 'organisation')
	);
	if (!checkedOrganisation.ok) {
		return {
			ok: false,
			id: rawId,
			reason: `organisation.${firstError(checkedOrganisation.errors)}`
		};
	}
	return {
		ok: true,
		activity: checked.value,
		organisation: checkedOrganisation.value,
		decided: { categories: decided, access: place.access, audience: audience.decided },
		accessConflicts: place.accessConflicts,
		repairs
	};
}
