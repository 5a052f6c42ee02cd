import { useEffect, useState } from 'preact/hooks';
import type { CatalogueLabels } from '~/config/ui-strings';
import type { ActView } from '~/lib/catalogue/catalogue-view';
import { filterActs, readActFilter, writeActFilter, type ActFilter } from '~/lib/catalogue/filter-acts';
import { formatLabel } from '~/lib/text/format-label';
import CitationLinks from '../content/CitationLinks';

export interface FacetOption {
	value: string;
	label: string;
}

interface Props {
	acts: ActView[];
	facets: { contexts: FacetOption[]; categories: FacetOption[]; levels: FacetOption[] };
	labels: CatalogueLabels;
}

const EMPTY_FILTER: ActFilter = { context: '', category: '', level: '', text: '' };

function ActCard({ act, labels }: { act: ActView; labels: CatalogueLabels }) {
	return (
		<li class="act" id={act.id}>
			<h3 class="act-title">{act.title}</h3>
			<p class="act-verdict">
				<span class="act-verdict-badge">{labels.verdict}</span> {act.description}
			</p>
			<dl class="act-facts">
				<div>
					<dt>{labels.sanctionTerm}</dt>
					<dd>
						<strong>{act.levelLabel}.</strong> {act.sanctionText}
					</dd>
				</div>
				<div>
					<dt>{labels.legalBasisTerm}</dt>
					<dd>
						<CitationLinks items={act.legalBasis} />
					</dd>
				</div>
				<div>
					<dt>{labels.categoryTerm}</dt>
					<dd>
						{act.categoryLabel}
						{act.skbLabel && ` (${act.skbLabel})`}
					</dd>
				</div>
				<div>
					<dt>{labels.contextTerm}</dt>
					<dd>{act.contextLabels.join(', ')}</dd>
				</div>
			</dl>
			<p class="act-examples-title">{labels.examples}:</p>
			<ul class="act-examples">
				{act.examples.map((example) => (
					<li key={example}>{example}</li>
				))}
			</ul>
			{act.note && (
				<p class={act.isUncertain ? 'act-note is-uncertain' : 'act-note'}>
					<strong>{act.isUncertain ? labels.uncertain : labels.note}:</strong> {act.note}
				</p>
			)}
		</li>
	);
}

function FacetSelect(props: { id: string; label: string; anyLabel: string; options: FacetOption[]; value: string; onChange: (value: string) => void }) {
	return (
		<div class="filter-field">
			<label for={props.id}>{props.label}</label>
			<select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
				<option value="">{props.anyLabel}</option>
				{props.options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
		</div>
	);
}

/**
 * The catalogue of prohibited acts with filters. Rendered on the server as the complete list;
 * the filter form appears only once JavaScript runs, so it never shows controls that do nothing.
 */
export default function CatalogueIsland({ acts, facets, labels }: Props) {
	const [filter, setFilter] = useState<ActFilter>(EMPTY_FILTER);
	const [isEnhanced, setIsEnhanced] = useState(false);

	useEffect(() => {
		const allowed = {
			contexts: facets.contexts.map((option) => option.value),
			categories: facets.categories.map((option) => option.value),
			levels: facets.levels.map((option) => option.value),
		};
		setFilter(readActFilter(window.location.search, allowed));
		setIsEnhanced(true);
	}, [facets]);

	const update = (change: Partial<ActFilter>) => {
		const next = { ...filter, ...change };
		setFilter(next);
		window.history.replaceState(null, '', `${window.location.pathname}${writeActFilter(next)}${window.location.hash}`);
	};

	const shown = isEnhanced ? filterActs(acts, filter) : acts;

	return (
		<div class="catalogue">
			{isEnhanced && (
				<form class="filter-form catalogue-filter" role="search" aria-label={labels.filterTitle} data-pagefind-ignore="all" onSubmit={(event) => event.preventDefault()}>
					<FacetSelect id="saring-konteks" label={labels.context} anyLabel={labels.any} options={facets.contexts} value={filter.context} onChange={(value) => update({ context: value as ActFilter['context'] })} />
					<FacetSelect id="saring-kategori" label={labels.category} anyLabel={labels.any} options={facets.categories} value={filter.category} onChange={(value) => update({ category: value as ActFilter['category'] })} />
					<FacetSelect id="saring-sanksi" label={labels.level} anyLabel={labels.any} options={facets.levels} value={filter.level} onChange={(value) => update({ level: value as ActFilter['level'] })} />
					<div class="filter-field">
						<label for="saring-kata">{labels.text}</label>
						<input id="saring-kata" type="search" maxLength={100} placeholder={labels.textPlaceholder} value={filter.text} onInput={(event) => update({ text: event.currentTarget.value })} />
					</div>
					<button type="button" class="catalogue-reset" onClick={() => update(EMPTY_FILTER)}>
						{labels.reset}
					</button>
				</form>
			)}
			<p class="catalogue-count" role="status" data-pagefind-ignore="all">
				{isEnhanced && formatLabel(labels.count, { shown: shown.length, total: acts.length })}
			</p>
			{shown.length === 0 ? (
				<p class="catalogue-empty">{labels.empty}</p>
			) : (
				<ul class="act-list">
					{shown.map((act) => (
						<ActCard key={act.id} act={act} labels={labels} />
					))}
				</ul>
			)}
		</div>
	);
}
