/**
 * A venue's access features from its two sources: explicit attributes (`waymark-access` terms on
 * the location or the service) and its own words (`accessibility` descriptions). Words that say
 * a feature is missing are never overruled by silence. Where words and an attribute disagree,
 * the attribute wins for Waymark's own records (a group ticked it in Waymark's form, so the box
 * is the truth and the notes are only notes); in anyone else's feed neither is trusted, since
 * nothing tells which is current, and the feature is left unknown ("check before you go").
 * Every disagreement is returned, for the import report.
 */
import { ACCESS_FEATURES, type AccessFeature } from '../categories';
import type { AccessInfo } from '../model';
import { accessFromText } from './access-from-text';
import type { AccessConflict, AccessDecidedBy } from './types';

export type AccessDisagreement = Omit<AccessConflict, 'venue'>;

export interface AccessRead {
	access: AccessInfo;
	decided: AccessDecidedBy;
	disagreements: AccessDisagreement[];
}

export interface AccessSources {
	/** Features from explicit attributes, if the record has any. */
	attributes: AccessInfo | undefined;
	/** The venue's accessibility descriptions, as plain text. */
	notes: string | undefined;
	/**
	 * Waymark's own record (`wm_schema`): its attributes are complete, so words that say a
	 * venue has a feature add nothing a group did not tick.
	 */
	isOwnRecord: boolean;
}

export function readAccess({ attributes = {}, notes, isOwnRecord }: AccessSources): AccessRead {
	const words = notes ? accessFromText(notes) : {};
	const access: AccessInfo = {};
	const disagreements: AccessDisagreement[] = [];
	// The attributes' own order first, so a record reads back exactly as it was written.
	for (const feature of Object.keys(attributes) as AccessFeature[]) {
		const ticked = attributes[feature];
		const said = words[feature];
		if (ticked === undefined) continue;
		if (said === undefined || said === ticked) {
			access[feature] = ticked;
			continue;
		}
		const kept = isOwnRecord ? ticked : null;
		disagreements.push({ feature, words: said, attribute: ticked, kept });
		if (kept !== null) access[feature] = kept;
	}
	let fromWords = false;
	for (const feature of ACCESS_FEATURES) {
		const said = words[feature];
		if (attributes[feature] !== undefined || said === undefined) continue;
		if (said === false || !isOwnRecord) {
			access[feature] = said;
			fromWords = true;
		}
	}
	const hasAttributes = Object.keys(attributes).length > 0;
	const decided = hasAttributes ? 'waymark-term' : fromWords ? 'text' : 'none';
	return { access, decided, disagreements };
}
