import { run } from '../api';
import { h, replaceContent } from '../dom';
import SearchDocument from '../graphql/search.graphql';
import { orderLabels } from '../labels';
import { failure, heading, isAbort, isShowing, loading, setTitle, show, announce } from '../page';
import { navigate } from '../router';
import { changed, facetVariables, filterInput, pageSize, parseState, stateUrl, type SearchState } from '../state';
import { filterPanel, type Facet } from './facets';
import { hitItem, pager, type Hit } from './results';
import { suggestBox } from './suggest-box';

type FacetsOnly = { facets: Facet[] } | undefined;

interface SearchData {
  kinds?: FacetsOnly;
  themes?: FacetsOnly;
  regions?: FacetsOnly;
  municipalities?: FacetsOnly;
  evidence?: FacetsOnly;
  search: {
    totalCount: number;
    searchedFor: string;
    corrections: { from: string; to: string }[];
    facets: Facet[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Hit[];
  };
}

let pending: AbortController | null = null;
let firstResult = true;
const wide = () => window.matchMedia('(min-width: 52rem)').matches;

function build(state: SearchState): void {
  show('search', 'Søg',
    heading('Find viden om forebyggende indsatser'),
    h('p', { class: 'lead' }, 'Programmer, familieprogrammer, inspirationscases og kommunernes erfaringer med tidlig, forebyggende indsats for udsatte børn, unge og familier.'),
    suggestBox(state.query, {
      search: (query) => navigate(stateUrl(changed(parseState(location.search), { query }))),
      open: (slug) => navigate(`/opslag/${encodeURIComponent(slug)}`),
    }),
    h('div', { class: 'search-layout' },
      h('div', { id: 'filtre' }),
      h('section', { id: 'resultater', 'aria-labelledby': 'resultater-overskrift' })));
}

function orderSelect(state: SearchState): HTMLElement {
  return h('div', { class: 'order' },
    h('label', { for: 'sortering' }, 'Sortér efter '),
    h('select', { id: 'sortering', onchange: (e: Event) => navigate(stateUrl(changed(state, { order: (e.target as HTMLSelectElement).value }))) },
      orderLabels.map(([value, text]) => h('option', { value, selected: state.order === value }, text))));
}

/** Each dimension from the search that left out its own filter, where one ran. */
function panelFacets(data: SearchData): Facet[] {
  const from: [Facet['field'], FacetsOnly][] = [
    ['KIND', data.kinds], ['THEME', data.themes], ['REGION', data.regions], ['MUNICIPALITY', data.municipalities], ['EVIDENCE_LEVEL', data.evidence],
  ];
  return from.map(([field, own]) =>
    own?.facets.find((f) => f.field === field) ?? data.search.facets.find((f) => f.field === field) ?? { field, values: [] });
}

function summary(state: SearchState, data: SearchData['search']): string {
  const count = data.totalCount === 1 ? '1 resultat' : `${data.totalCount.toLocaleString('da-DK')} resultater`;
  return state.query ? `${count} for »${data.searchedFor || state.query}«` : `${count} i alt`;
}

/** `/`: the search. The form stays while results change, so typing and focus are never interrupted. */
export async function searchView(_params: Record<string, string>, url: URL): Promise<void> {
  const state = parseState(url.search);
  if (!isShowing('search')) {
    build(state);
  } else {
    const input = document.getElementById('soeg') as HTMLInputElement;
    if (document.activeElement !== input) {
      input.value = state.query;
    }
  }

  const results = document.getElementById('resultater')!;
  const filters = document.getElementById('filtre')!;
  setTitle(state.query ? `Søg: ${state.query}` : 'Søg');
  pending?.abort();
  const request = (pending = new AbortController());
  results.setAttribute('aria-busy', 'true');
  if (!results.hasChildNodes()) {
    results.append(loading('Søger …'));
  }

  try {
    const answer = await run<SearchData>(SearchDocument, {
      query: state.query,
      where: filterInput(state),
      order: state.order,
      first: pageSize,
      after: state.after ?? undefined,
      ...facetVariables(state),
    }, request.signal);
    const data = answer.search;
    const text = summary(state, data);
    replaceContent(filters, filterPanel(panelFacets(answer), state, navigate, wide()));
    replaceContent(results,
      h('div', { class: 'results-head' }, h('h2', { id: 'resultater-overskrift' }, text), orderSelect(state)),
      data.corrections.length > 0
        ? h('p', { class: 'corrections' }, 'Søgte i stedet efter: ', data.corrections.map((c) => `${c.to} (for ${c.from})`).join(', '))
        : null,
      data.nodes.length > 0
        ? h('ol', { class: 'hits', start: (state.page - 1) * pageSize + 1 }, data.nodes.map(hitItem))
        : h('p', { class: 'empty' }, 'Ingen resultater. Prøv andre ord, eller fjern nogle filtre.'),
      pager(state, data.totalCount, data.pageInfo.endCursor, data.pageInfo.hasNextPage));
    announce(text);
    if (firstResult && data.nodes.length > 0) {
      // Read by the end-to-end test: time from navigation start to the first result on screen.
      performance.mark('knowledgehub:first-result');
      firstResult = false;
    }
  } catch (error) {
    if (!isAbort(error)) {
      replaceContent(results, failure(error));
    }
  } finally {
    if (pending === request) {
      results.removeAttribute('aria-busy');
    }
  }
}
