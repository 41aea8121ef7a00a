/**
 * A small seeded generator, so the demo directory is the same on every run and every machine.
 * Each record seeds its own generator from its slug: adding a record never moves the others.
 */

/** FNV-1a, 32-bit: a stable hash of a string, used only as a seed. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: string): () => number {
	return mulberry32(hashString(seed));
}

/** mulberry32 over a 32-bit seed; the benchmarks' synthetic directory uses it too. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A whole number in [min, max], inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}
