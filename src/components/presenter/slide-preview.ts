/** Copies of slides for the speaker's next-slide view and the overview grid. */

/** Copy a slide without duplicate ids, focusable copies or its hidden notes; the copy is for looking at only. */
export function previewOf(slide: HTMLElement): HTMLElement {
	const copy = slide.cloneNode(true) as HTMLElement;
	copy.hidden = false;
	copy.removeAttribute('aria-labelledby');
	copy.removeAttribute('data-slide');
	copy.removeAttribute('data-overfull');
	copy.style.removeProperty('--fit');
	for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) element.removeAttribute('id');
	for (const element of copy.querySelectorAll<HTMLElement>('[for], [aria-labelledby], [aria-describedby]')) {
		element.removeAttribute('for');
		element.removeAttribute('aria-labelledby');
		element.removeAttribute('aria-describedby');
	}
	copy.querySelector('[data-slide-notes]')?.remove();
	return copy;
}

/** The heading a slide is known by: the title slide's name or its h2. */
export function headingOf(slide: HTMLElement | undefined): string {
	return slide?.querySelector('.slide-title-name, h2')?.textContent?.trim() ?? '';
}
