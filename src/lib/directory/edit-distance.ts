/**
 * Typo distance (optimal string alignment: insertions, deletions, substitutions and swaps
 * of neighbours). fuse.js finds candidates fast; this confirms a candidate really is the
 * same word mistyped, because fuse also scores "smoking" close to "cooking".
 */

export function typoDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, before[j - 2] + 1);
			}
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length];
}

/**
 * Typos allowed in a word of this length: none below 5 letters (too many short words are
 * one letter apart: food/mood, bank/band), one up to 7, then two.
 */
export function allowedTypos(length: number): number {
	return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/** 1 for the same word, less per typo; 0 when it is not a typo of it. */
export function typoQuality(word: string, candidate: string): number {
	const limit = allowedTypos(word.length);
	const distance = typoDistance(word, candidate, limit);
	return distance > limit ? 0 : 1 - 0.15 * distance;
}
