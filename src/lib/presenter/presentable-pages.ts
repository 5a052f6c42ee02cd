/**
 * Which pages have a presentation view, and where it lives. One rule serves the page generator and
 * the "Presentasi" button, so a button never points to a presentation that was not built.
 */

/** Whether a page (by Starlight id, e.g. "belajar/media-sosial", "hukum", "hukum/uu-20-2023") is presentable: lessons and law pages. */
export function hasPresentation(pageId: string): boolean {
	return pageId === 'hukum' || pageId.startsWith('hukum/') || pageId.startsWith('belajar/');
}

/** The reading page of a page id: "belajar/media-sosial" -> "/belajar/media-sosial/". */
export function readingPath(pageId: string): string {
	return pageId === '' ? '/' : `/${pageId}/`;
}

/** The presentation view of a page id: "/presentasi/belajar/media-sosial/". */
export function presentationPath(pageId: string): string {
	return `/presentasi/${pageId}/`;
}

/** The presentation of a page, or undefined for pages without one. */
export function presentationPathFor(pageId: string): string | undefined {
	return hasPresentation(pageId) ? presentationPath(pageId) : undefined;
}

/** The hall quiz ("Kuis Kelas") of a question bank. */
export function hallQuizPath(bankId: string): string {
	return `/presentasi/kuis-kelas/${bankId}/`;
}
