import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeHandleError } from './handle-error';

const event = { route: { id: '/team/sign-in' } } as never;

describe('handleError', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		[413, 'That is too large to send.'],
		[415, 'Sorry, that request could not be understood.'],
		[405, 'Sorry, that request could not be understood.']
	])('answers a %i from Kit plainly and logs nothing', (status, message) => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const answer = makeHandleError(false)({ error: new Error('x'), event, status, message: '' });
		expect(answer).toEqual({ message });
		expect(logged).not.toHaveBeenCalled();
	});

	it('logs a 500 with a reference and the route, and gives the reference to the page', () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const answer = makeHandleError(false)({
			error: new TypeError('x'),
			event,
			status: 500,
			message: ''
		});
		expect(answer).toEqual({ message: 'Sorry, something went wrong', id: expect.any(String) });
		expect(logged).toHaveBeenCalledWith(
			`Error ${(answer as { id: string }).id} (500) on /team/sign-in: TypeError`
		);
	});
});
