import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardFormData } from './form-bodies';

function post(body: BodyInit, type: string): Request {
	return new Request('http://localhost/team/sign-in?/signIn', {
		method: 'POST',
		headers: { 'content-type': type },
		body,
		...({ duplex: 'half' } as object)
	});
}

/** A body whose stream fails partway, as when the client goes away mid-upload. */
function abandoned(failure: unknown): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(new TextEncoder().encode('--XYZ\r\nContent-Disposition: form-'));
			controller.error(failure);
		}
	});
}

async function statusOf(request: Request): Promise<number> {
	guardFormData(request);
	try {
		await request.formData();
		return 200;
	} catch (thrown) {
		if (isHttpError(thrown)) return thrown.status;
		throw thrown;
	}
}

describe('guardFormData', () => {
	it('reads a good body as before', async () => {
		const request = post('email=sam%40example.org', 'application/x-www-form-urlencoded');
		guardFormData(request);
		expect((await request.formData()).get('email')).toBe('sam@example.org');
	});

	it.each([
		[
			'cut short',
			'--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nsam',
			'multipart/form-data; boundary=XYZ'
		],
		['without a boundary', 'email=sam', 'multipart/form-data'],
		[
			'with a broken part header',
			'--XYZ\r\nnonsense\r\n\r\n--XYZ--',
			'multipart/form-data; boundary=XYZ'
		]
	])('answers 400 to a multipart body %s', async (_what, body, type) => {
		expect(await statusOf(post(body, type))).toBe(400);
	});

	it('answers 400 to an upload the client abandoned', async () => {
		const request = post(abandoned(new Error('aborted')), 'multipart/form-data; boundary=XYZ');
		expect(await statusOf(request)).toBe(400);
	});

	it('keeps 413 for a body over the size limit', async () => {
		const tooLarge = Object.assign(new Error('Content-length exceeds limit'), { status: 413 });
		const request = post(abandoned(tooLarge), 'application/x-www-form-urlencoded');
		expect(await statusOf(request)).toBe(413);
	});
});
