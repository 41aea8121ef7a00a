// A local stand-in for a postcodes.io-compatible geocoder (GEOCODER_URL), so no test reaches
// the network: `GET /postcodes/{postcode}` answers for a few postcodes in and near the demo
// area and 404 for any other. Run it alone with `node tests/fakes/geocoder.js [port]`.
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
const KNOWN = new Map(Object.entries(FAKE_POSTCODES).map(([pc, at]) => [squeeze(pc), [pc, at]]));

/** Starts the fake on `port` (0: any free port); resolves to `{ url, requests, close }`. */
export async function startFakeGeocoder(port = 0) {
	const requests = [];
	const server = createServer((req, res) => {
		requests.push(req.url ?? '');
		const send = (status, body) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		const match = /^\/postcodes\/([^/?]+)$/.exec(req.url ?? '');
		const entry = match && KNOWN.get(squeeze(decodeURIComponent(match[1])));
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
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				// The app keeps connections alive; without this, close() would wait for them.
				server.closeAllConnections();
			})
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const fake = await startFakeGeocoder(Number(process.argv[2] ?? 0));
	console.info(`Fake geocoder on ${fake.url}`);
}
