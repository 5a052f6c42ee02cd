/**
 * Type fitting for slides. The build splits long sections so each slide should fit at full size;
 * the browser then checks the real layout and shrinks the type a little when a slide still
 * overflows. Shrinking stops at `min` (chosen so body text stays at least 32 px on a 1080p
 * projector); only a slide that cannot fit even then goes below it, down to `floor`, because
 * smaller text beats text cut off at the bottom of the screen.
 */

export interface FitOptions {
	/** Scale of the type when a slide fits as it is. */
	max: number;
	/** Smallest scale that keeps body text within the size budget. */
	min: number;
	/** Last resort for a slide that does not fit at `min`. */
	floor: number;
	step: number;
}

export interface FitResult {
	scale: number;
	/** False when the slide only fits below `min`, or not at all: the build should split it. */
	isWithinBudget: boolean;
}

export const SLIDE_FIT: FitOptions = { max: 1, min: 0.9, floor: 0.6, step: 0.025 };

/**
 * Find the largest scale, in steps from max down, at which `fits(scale)` holds. `fits` applies the
 * scale and measures, so it is called with decreasing scales and the last call leaves the result.
 */
export function findFittingScale(fits: (scale: number) => boolean, options: FitOptions = SLIDE_FIT): FitResult {
	const steps = Math.round((options.max - options.floor) / options.step);
	for (let index = 0; index <= steps; index++) {
		const scale = Math.round((options.max - index * options.step) * 1000) / 1000;
		if (fits(scale)) return { scale, isWithinBudget: scale >= options.min };
	}
	return { scale: options.floor, isWithinBudget: false };
}
