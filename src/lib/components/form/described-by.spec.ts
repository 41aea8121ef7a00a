import { describe, expect, it } from 'vitest';
import { describedBy } from './described-by';

describe('describedBy', () => {
	it('names the hint and the error only when each is shown', () => {
		expect(describedBy('name', {})).toBeUndefined();
		expect(describedBy('name', { hint: 'What to call you' })).toBe('name-hint');
		expect(describedBy('name', { error: 'Enter your name' })).toBe('name-error');
		expect(describedBy('name', { hint: 'h', error: 'e' })).toBe('name-hint name-error');
	});
});
