// A local stand-in for a map tile server (TILE_URL), so no test reaches OpenStreetMap:
// `GET /{z}/{x}/{y}.png` answers a small valid PNG for any tile, with CORS headers like a real
// tile server's (the map asks with `crossOrigin`), and counts what it served. `GET /requests`
// answers the paths served so far, for a test in another process. Plain JavaScript, so the e2e
// server can load it on plain Node; types in tiles.d.ts. Run it alone with
// `node tests/fakes/tiles.js [port]`.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const TILE = /^\/(\d+)\/(\d+)\/(\d+)\.png$/;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/**
 * A 256 × 256 tile, pale green with a grid line on its top and left edges, so screenshots
 * show where tiles meet. Made once: every tile is the same.
 */
export function makeTilePng(size = 256) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	const rows = [];
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 3);
		for (let x = 0; x < size; x++) {
			const isLine = x === 0 || y === 0;
			row.set(isLine ? [170, 190, 175] : [222, 236, 220], 1 + x * 3);
		}
		rows.push(row);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** Starts the fake on `port` (0: any free port); resolves to `{ url, template, requests, close }`. */
export async function startFakeTiles({ port = 0 } = {}) {
	const png = makeTilePng();
	const server = createServer((req, res) => {
		const path = (req.url ?? '').split('?')[0];
		const cors = { 'access-control-allow-origin': '*' };
		if (path === '/requests') {
			res.writeHead(200, {
				...cors,
				'content-type': 'application/json',
				'cache-control': 'no-store'
			});
			return res.end(JSON.stringify(fake.requests));
		}
		if (!TILE.test(path)) {
			res.writeHead(404, cors);
			return res.end();
		}
		fake.requests.push(path);
		res.writeHead(200, {
			...cors,
			'content-type': 'image/png',
			'content-length': png.length,
			'cache-control': 'max-age=86400'
		});
		res.end(png);
	});
	const fake = {
		url: '',
		template: '',
		/** @type {string[]} */
		requests: [],
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				server.closeAllConnections();
			})
	};
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	fake.url = `http://127.0.0.1:${server.address().port}`;
	fake.template = `${fake.url}/{z}/{x}/{y}.png`;
	return fake;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const fake = await startFakeTiles({ port: Number(process.argv[2] ?? 0) });
	console.info(`Fake tiles on ${fake.template}`);
}
