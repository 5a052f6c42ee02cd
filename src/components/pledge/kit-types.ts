import type { CitationView } from '~/lib/legal/legal-index';

/** A pledge point with its citations resolved, as the kit's printed pakta shows it. */
export interface PrintedPledgePoint {
	lead: string;
	text: string;
	citations: CitationView[];
}
