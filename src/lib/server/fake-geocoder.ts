/**
 * A local stand-in for a postcodes.io-compatible geocoder, for tests: they never reach the
 * network. Knows the postcodes it is given, answers 404 for others, and counts requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGeocoder {
	url: string;
	/** Requests received, by path. */
	requests: string[];
	/** Answer every request with this status from now on (e.g. 500), or undefined to behave. */
	failWith?: number;
	close(): Promise<void>;
}

export async function startFakeGeocoder(
	postcodes: Record<string, { lat: number; lng: number }>
): Promise<FakeGeocoder> {
	const known = new Map(
		Object.entries(postcodes).map(([p, at]) => [p.replace(/\s+/g, '').toUpperCase(), { p, at }])
	);
	const fake: FakeGeocoder = { url: '', requests: [], close: () => close(server) };
	const server: Server = createServer((req, res) => {
		fake.requests.push(req.url ?? '');
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (fake.failWith) return send(fake.failWith, { status: fake.failWith, error: 'Broken' });
		const match = /^\/postcodes\/([^/?]+)$/.exec(req.url ?? '');
		const entry =
			match && known.get(decodeURIComponent(match[1]).replace(/\s+/g, '').toUpperCase());
		if (!entry) return send(404, { status: 404, error: 'Postcode not found' });
		send(200, {
			status: 200,
			result: {
				postcode: entry.p,
				outcode: entry.p.split(' ')[0],
				latitude: entry.at.lat,
				longitude: entry.at.lng
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return fake;
}

function close(server: Server): Promise<void> {
	return new Promise((resolve) => server.close(() => resolve()));
}
