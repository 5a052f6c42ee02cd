import { describe, expect, test } from 'vitest';
import { findFittingScale, SLIDE_FIT } from '~/lib/presenter/fit-scale';

describe('findFittingScale', () => {
	test('keeps full size when the slide fits', () => {
		expect(findFittingScale(() => true)).toEqual({ scale: 1, isWithinBudget: true });
	});

	test('returns the largest step at which the slide fits', () => {
		const tried: number[] = [];
		const result = findFittingScale((scale) => {
			tried.push(scale);
			return scale <= 0.95;
		});
		expect(result).toEqual({ scale: 0.95, isWithinBudget: true });
		expect(tried).toEqual([1, 0.975, 0.95]);
	});

	test('leaves the last call at the chosen scale, so the page keeps the layout it measured', () => {
		const tried: number[] = [];
		findFittingScale((scale) => {
			tried.push(scale);
			return scale <= 0.925;
		});
		expect(tried.at(-1)).toBe(0.925);
	});

	test('keeps body text at 32 px or more on a 1080p screen within the budget', () => {
		// Body text is 36 px at full size on 1920x1080 (presenter.css).
		expect(36 * SLIDE_FIT.min).toBeGreaterThanOrEqual(32);
	});

	test('goes below the budget only when nothing else fits, and says so', () => {
		expect(findFittingScale((scale) => scale <= 0.7)).toEqual({ scale: 0.7, isWithinBudget: false });
	});

	test('stops at the floor when even that does not fit', () => {
		expect(findFittingScale(() => false)).toEqual({ scale: SLIDE_FIT.floor, isWithinBudget: false });
	});
});
