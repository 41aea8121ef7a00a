/** The organisation that runs a service, from its nested ORUK `organization`. */
import type { Organisation } from '../model';
import { importedId } from './oruk-ids';
import { htmlToText, oneLine, truncate } from './plain-text';
import { cleanEmail, cleaned, cleanPhone, cleanWebsite } from './read-contact';
import { isObject, objects, str, type Json } from './types';

export function firstPhone(owner: Json): string | undefined {
	return objects(owner.phones)
		.map((p) => str(p.number))
		.find(Boolean);
}

/**
 * A service without an organisation stands as its own: the listing still needs someone behind
 * it, and the service's name is the best words there are.
 */
export function readOrganisation(
	service: Json,
	context: { source: string; serviceId: string; serviceName: string; demo: boolean },
	repairs: string[]
): Organisation {
	const org = isObject(service.organization) ? service.organization : {};
	const rawId = str(org.id) ?? str(service.organization_id);
	if (!rawId || !str(org.name))
		repairs.push('It names no organisation, so the service stands as its own');
	const sourceId = str(org.wm_source_id) ?? rawId ?? `service/${context.serviceId}`;
	const source = str(org.wm_source) ?? context.source;
	const website = cleaned(
		'organisation website',
		str(org.website) ?? str(org.url),
		cleanWebsite,
		repairs
	);
	const email = cleaned('organisation email', str(org.email), cleanEmail, repairs);
	const phone = cleaned('organisation phone', firstPhone(org), cleanPhone, repairs);
	return {
		id: importedId(context.source, 'organization', rawId ?? `service/${context.serviceId}`),
		name: truncate(oneLine(str(org.name) ?? '') || context.serviceName, 200),
		description: truncate(
			typeof org.description === 'string' ? htmlToText(org.description) : '',
			5000
		),
		...(website ? { website } : {}),
		...(email ? { email } : {}),
		...(phone ? { phone } : {}),
		source,
		sourceId,
		demo: typeof org.wm_demo === 'boolean' ? org.wm_demo : context.demo
	};
}
