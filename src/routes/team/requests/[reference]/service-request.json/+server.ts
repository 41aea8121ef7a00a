import { staffHandler } from '$lib/server/auth/access';
import { loadAreaConfig } from '$lib/server/area';
import { audit } from '$lib/server/audit';
import { toServiceRequest } from '$lib/server/requests/fhir';
import { pcnName } from '$lib/server/requests/routing';
import { loadRequest } from '../load-request';
import type { RequestEvent, RequestHandler } from './$types';

/** The request as a FHIR R4 ServiceRequest, for a GP system to record. Audited. */
export const GET: RequestHandler = staffHandler(
	'link-worker',
	async (event: RequestEvent, user) => {
		const request = await loadRequest(event, user, 'export-fhir');
		await audit(event, 'request.export-fhir', { type: 'request', id: request.id });
		const resource = toServiceRequest(request, pcnName(loadAreaConfig(), request.pcnId));
		return new Response(JSON.stringify(resource, null, 2), {
			headers: {
				'content-type': 'application/fhir+json; charset=utf-8',
				'content-disposition': `attachment; filename="${request.reference}-service-request.json"`,
				'cache-control': 'no-store'
			}
		});
	}
);
