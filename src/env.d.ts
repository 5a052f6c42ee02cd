declare namespace App {
	interface Locals {
		/**
		 * Set by the presentation pages (src/pages/presentasi/) before they render a page's content, so
		 * content components render for slides: quizzes become a link to the hall quiz, speaker notes appear.
		 */
		presenterView?: boolean;
	}
}
