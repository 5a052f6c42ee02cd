/** A source of numbers in [0, 1), like Math.random; injected so shuffles are repeatable in tests. */
export type RandomSource = () => number;

/** Hash a text seed to 32 bits (FNV-1a) so readable seeds like "uji-1" can be used. */
export function hashSeed(seed: string | number): number {
	const text = String(seed);
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Create a deterministic random source (mulberry32) from a seed. */
export function createSeededRandom(seed: string | number): RandomSource {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
