import type { CitationView } from '~/lib/legal/legal-index';

/** Legal bases as links to their articles, separated by semicolons; for Preact islands. */
export default function CitationLinks({ items }: { items: readonly CitationView[] }) {
	return (
		<>
			{items.map((item, index) => (
				<>
					{index > 0 && '; '}
					<a href={item.href}>{item.citation}</a>
				</>
			))}
		</>
	);
}
