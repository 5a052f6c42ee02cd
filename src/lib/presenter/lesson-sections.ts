/**
 * Which section of a lesson a hall-quiz question sends the room back to. The lesson's rendered
 * content is read as a tree (slide-plan.ts's sections) and each h2 section is known by the legal
 * references it links to; a question goes to the section that shares the most of its own legal
 * basis, rarer references counting for more (a section citing the one article the question turns
 * on beats the many that cite the whole SKB). A question sharing nothing links to the lesson itself.
 */
import { descendantElements, getProperty } from './html-tree';
import { readSections } from './page-sections';

export interface LessonSection {
	/** The h2's id: the anchor the link goes to. */
	id: string;
	heading: string;
	/** Every link target in the section, e.g. "/hukum/uu-20-2023/#pasal-9-ayat-2". */
	hrefs: string[];
}

/** The h2 sections of a lesson's rendered content with the links in each; the introduction (no id) is left out. */
export function readLessonSections(contentHtml: string): LessonSection[] {
	return readSections(contentHtml).flatMap((section) => {
		if (!section.heading?.id) return [];
		const hrefs = section.nodes.flatMap((node) => (node.type === 'element' ? descendantElements(node) : []))
			.filter((element) => element.tagName === 'a')
			.map((element) => getProperty(element, 'href') ?? '')
			.filter(Boolean);
		return [{ id: section.heading.id, heading: section.heading.text, hrefs }];
	});
}

/** A reference's page without its article: "/hukum/skb-2022/#lampiran" -> "/hukum/skb-2022/". */
function pageOf(href: string): string {
	return href.split('#')[0] ?? href;
}

/** A citation of the same law but another article counts this much of an exact match. */
const SAME_SOURCE_WEIGHT = 0.25;

/** Find the section that best matches a question's legal basis (its citation hrefs); undefined when none shares any. */
export function matchLessonSection(basisHrefs: readonly string[], sections: readonly LessonSection[]): LessonSection | undefined {
	const sectionsCiting = (test: (href: string) => boolean) => sections.filter((section) => section.hrefs.some(test)).length;
	const weightOf = (citing: number) => (citing === 0 ? 0 : Math.log(1 + sections.length / citing));
	let best: { section: LessonSection; score: number } | undefined;
	for (const section of sections) {
		let score = 0;
		for (const href of new Set(basisHrefs)) {
			if (section.hrefs.includes(href)) score += weightOf(sectionsCiting((other) => other === href));
			else if (section.hrefs.some((other) => pageOf(other) === pageOf(href))) {
				score += SAME_SOURCE_WEIGHT * weightOf(sectionsCiting((other) => pageOf(other) === pageOf(href)));
			}
		}
		// Ties go to the earlier section, where the lesson first teaches the point.
		if (score > 0 && (!best || score > best.score + 1e-9)) best = { section, score };
	}
	return best?.section;
}

/** Where "read it again" goes: the matching section of the lesson, or the lesson page when none matches. */
export interface RevisitLink {
	href: string;
	/** The section's heading; undefined when the link is to the whole lesson. */
	heading: string | undefined;
}

/** The revisit link of a question, from its legal basis hrefs, on a lesson at lessonHref ("/belajar/x/"). */
export function revisitLinkFor(basisHrefs: readonly string[], sections: readonly LessonSection[], lessonHref: string): RevisitLink {
	const section = matchLessonSection(basisHrefs, sections);
	return section ? { href: `${lessonHref}#${encodeURIComponent(section.id)}`, heading: section.heading } : { href: lessonHref, heading: undefined };
}
