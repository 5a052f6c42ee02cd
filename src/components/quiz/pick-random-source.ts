import { createSeededRandom, type RandomSource } from '~/lib/quiz/random';

/** Seed for repeatable shuffles in tests ("?seed=..."); otherwise a fresh random order. */
export function pickRandomSource(): RandomSource {
	const seed = new URLSearchParams(window.location.search).get('seed');
	return seed ? createSeededRandom(seed) : Math.random;
}
