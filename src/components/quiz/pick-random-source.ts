import { createSeededRandom, type RandomSource } from '~/lib/quiz/random';

/** The "?seed=..." of the page, set by tests for repeatable shuffles; null for readers. */
export function readSeedParam(): string | null {
	return new URLSearchParams(window.location.search).get('seed');
}

/** Seed for repeatable shuffles in tests ("?seed=..."); otherwise a fresh random order. */
export function pickRandomSource(): RandomSource {
	const seed = readSeedParam();
	return seed ? createSeededRandom(seed) : Math.random;
}
