/** Smaller fields of an ORUK service: ages, languages, status, how to join, contact. */
import {
	ACTIVITY_STATUSES,
	CAPACITIES,
	HOW_TO_JOIN,
	type ActivityStatus,
	type Capacity,
	type Contact,
	type HowToJoin
} from '../model';
import { languageCode } from './languages';
import { cleanEmail, cleaned, cleanPhone, cleanWebsite } from './read-contact';
import { firstPhone } from './read-organisation';
import { num, objects, str, type Json } from './types';

export function readAges(service: Json, repairs: string[]): { minAge?: number; maxAge?: number } {
	const age = (field: 'minimum_age' | 'maximum_age') => {
		const value = num(service[field]);
		if (value === undefined) return undefined;
		if (Number.isInteger(value) && value >= 0 && value <= 120) return value;
		// "999" and "-1" stand for "no limit" in some feeds.
		repairs.push(`Ignored the ${field.replace('_', ' ')} ${value}`);
		return undefined;
	};
	const minAge = age('minimum_age');
	let maxAge = age('maximum_age');
	if (minAge !== undefined && maxAge !== undefined && maxAge < minAge) {
		repairs.push(`Ignored the maximum age ${maxAge}: it is below the minimum age ${minAge}`);
		maxAge = undefined;
	}
	return {
		...(minAge !== undefined ? { minAge } : {}),
		...(maxAge !== undefined ? { maxAge } : {})
	};
}

export function readLanguages(service: Json, repairs: string[]): string[] {
	const codes: string[] = [];
	for (const language of objects(service.languages)) {
		const given = str(language.code) ?? str(language.name) ?? str(language.language);
		if (!given) continue;
		const code = languageCode(given);
		if (!code) repairs.push(`Ignored the language "${given}": not recognised`);
		else if (!codes.includes(code)) codes.push(code);
	}
	return codes;
}

export function readStatus(service: Json, repairs: string[]): ActivityStatus {
	const given = str(service.status)?.toLowerCase();
	const status = ACTIVITY_STATUSES.find((s) => s === given);
	if (given && !status) repairs.push(`Read the status "${given}" as active`);
	return status ?? 'active';
}

export function readCapacity(service: Json): Capacity {
	return CAPACITIES.find((c) => c === service.wm_capacity) ?? 'open';
}

const TURN_UP =
	/\b(just turn up|turn up|drop[- ]in|drop in|no need to book|come along|no booking)\b/i;
const VIA_LINK_WORKER =
	/\b(referral|referred|refer)\b[^.]*\b(gp|doctor|link worker|social prescrib\w*|professional)\b/i;

/** Waymark's own field, else the feed's words; contacting first is never wrong, so it is the default. */
export function readHowToJoin(service: Json, text: string): HowToJoin {
	const own = HOW_TO_JOIN.find((h) => h === service.wm_how_to_join);
	if (own) return own;
	if (VIA_LINK_WORKER.test(text)) return 'via-link-worker';
	if (TURN_UP.test(text)) return 'turn-up';
	return 'contact-first';
}

/** The service's own details first, then its first contact's. */
export function readContact(service: Json, repairs: string[]): Contact {
	const contacts = objects(service.contacts);
	const phone = firstPhone(service) ?? contacts.map(firstPhone).find(Boolean);
	const email = str(service.email) ?? contacts.map((c) => str(c.email)).find(Boolean);
	const contact: Contact = {
		name: str(contacts[0]?.name),
		phone: cleaned('phone', phone, cleanPhone, repairs),
		email: cleaned('email', email, cleanEmail, repairs),
		website: cleaned('website', str(service.url), cleanWebsite, repairs)
	};
	return Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined));
}
