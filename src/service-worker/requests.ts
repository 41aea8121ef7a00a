/**
 * Background Sync for requests to a link worker, where the browser has it (Chromium).
 * A `POST /api/requests` that fails for want of a network is queued here and sent again by
 * the browser when the connection returns, even if Waymark is closed by then. A 5xx is queued
 * again too. This is an extra: the page's own outbox is the record and keeps every request
 * until a 201, whatever happens to this queue (Safari and Firefox have no Background Sync,
 * so there the page alone sends). Both may send the same request; the idempotency key makes
 * the second a harmless replay, and the page hears of a 201 from here by a message.
 */
import { Queue } from 'workbox-background-sync';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const REQUESTS_PATH = '/api/requests';
/** Workbox drops queued requests after this long; the page's outbox never does. */
const QUEUE_MINUTES = 60 * 24 * 365;

export function routeRequests(): void {
	const queue = new Queue('waymark-requests', {
		maxRetentionTime: QUEUE_MINUTES,
		onSync: ({ queue }) => replay(queue)
	});
	registerRoute(
		({ url }) => url.origin === self.location.origin && url.pathname === REQUESTS_PATH,
		async ({ request }) => {
			const copy = request.clone();
			try {
				return await fetch(request);
			} catch (error) {
				await queue.pushRequest({ request: copy });
				throw error;
			}
		},
		'POST'
	);
}

async function replay(queue: Queue): Promise<void> {
	for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
		let response: Response;
		try {
			response = await fetch(entry.request.clone());
		} catch (error) {
			await queue.unshiftRequest(entry);
			throw error; // the browser tries the sync again later
		}
		if (response.status >= 500) {
			await queue.unshiftRequest(entry);
			throw new Error(`The server answered ${response.status}`);
		}
		// A 4xx is final; the page gets the same answer on its next try and shows it.
		if (response.status === 201) await tellPages(entry.request, response);
	}
}

async function tellPages(request: Request, response: Response): Promise<void> {
	const answer = (await response.json()) as { reference: string; receivedAt: string };
	const message = {
		type: 'waymark:request-sent',
		key: request.headers.get('idempotency-key'),
		reference: answer.reference,
		receivedAt: answer.receivedAt
	};
	for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}
