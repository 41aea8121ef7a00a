import { staffHandler } from '$lib/server/auth/access';
import { audit } from '$lib/server/audit';
import { requestCsv } from '$lib/server/requests/csv';
import { loadRequest } from '../load-request';
import type { RequestEvent, RequestHandler } from './$types';

/** The request as CSV, for a spreadsheet or a GP system's import. Audited. */
export const GET: RequestHandler = staffHandler(
	'link-worker',
	async (event: RequestEvent, user) => {
		const request = await loadRequest(event, user, 'export-csv');
		await audit(event, 'request.export-csv', { type: 'request', id: request.id });
		return new Response(requestCsv(request), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${request.reference}.csv"`,
				'cache-control': 'no-store'
			}
		});
	}
);
