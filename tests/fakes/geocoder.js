// A local stand-in for a postcodes.io-compatible geocoder (GEOCODER_URL), so no test reaches
// the network: `GET /postcodes/{postcode}` answers for the postcodes it is given (by default a
// few in and near the demo area) and 404 for any other, logs every request, and can be told
// to fail. Plain JavaScript, so the e2e server can load it on plain Node; types in
// geocoder.d.ts. Run it alone with `node tests/fakes/geocoder.js [port]`.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** Postcodes near the demo area's neighbourhoods (approximate, ± 500 m). */
export const FAKE_POSTCODES = Object.freeze({
	'NE4 6SH': { lat: 54.9705, lng: -1.6406 },
	'NE4 5QT': { lat: 54.976, lng: -1.64 },
	'NE4 8XY': { lat: 54.9702, lng: -1.662 },
	'NE4 9AW': { lat: 54.9822, lng: -1.659 },
	'NE1 4ST': { lat: 54.974, lng: -1.613 },
	'NE15 7HD': { lat: 54.985, lng: -1.69 },
	'NE3 3EA': { lat: 55.003, lng: -1.647 },
	'NE5 3AB': { lat: 54.992, lng: -1.654 }
});

const squeeze = (postcode) => postcode.replace(/\s+/g, '').toUpperCase();

/**
 * Starts the fake on `port` (0: any free port) knowing `postcodes`; resolves to
 * `{ url, requests, failWith, close }`. Set `failWith` to a status (e.g. 500) to answer every
 * request with it, and back to undefined to behave again.
 */
export async function startFakeGeocoder({ port = 0, postcodes = FAKE_POSTCODES } = {}) {
	const known = new Map(Object.entries(postcodes).map(([pc, at]) => [squeeze(pc), [pc, at]]));
	const server = createServer((req, res) => {
		fake.requests.push(req.url ?? '');
		const send = (status, body) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (fake.failWith) return send(fake.failWith, { status: fake.failWith, error: 'Broken' });
		const match = /^\/postcodes\/([^/?]+)$/.exec(req.url ?? '');
		const entry = match && known.get(squeeze(decodeURIComponent(match[1])));
		if (!entry) return send(404, { status: 404, error: 'Postcode not found' });
		const [postcode, at] = entry;
		send(200, {
			status: 200,
			result: {
				postcode,
				outcode: postcode.split(' ')[0],
				latitude: at.lat,
				longitude: at.lng
			}
		});
	});
	const fake = {
		url: '',
		/** @type {string[]} */
		requests: [],
		/** @type {number | undefined} */
		failWith: undefined,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				// The app keeps connections alive; without this, close() would wait for them.
				server.closeAllConnections();
			})
	};
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	fake.url = `http://127.0.0.1:${server.address().port}`;
	return fake;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const fake = await startFakeGeocoder({ port: Number(process.argv[2] ?? 0) });
	console.info(`Fake geocoder on ${fake.url}`);
}
