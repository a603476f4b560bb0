/**
 * The search as the URL carries it, so a result list can be shared and bookmarked:
 * /?q=forældre&type=FAMILY_PROGRAM&tema=dagtilbud&region=1083&kommune=0461&evidens=GOOD&alder-fra=3&alder-til=12&sortering=NEWEST&side=2&efter=…
 */
export interface SearchState {
  query: string;
  kinds: string[];
  themes: string[];
  regions: string[];
  municipalities: string[];
  minEvidence: string | null;
  ageFrom: number | null;
  ageTo: number | null;
  order: string;
  page: number;
  after: string | null;
}

export const pageSize = 10;

const names = {
  query: 'q',
  kinds: 'type',
  themes: 'tema',
  regions: 'region',
  municipalities: 'kommune',
  minEvidence: 'evidens',
  ageFrom: 'alder-fra',
  ageTo: 'alder-til',
  order: 'sortering',
  page: 'side',
  after: 'efter',
} as const;

function age(value: string | null): number | null {
  if (value === null || !/^\d{1,2}$/.test(value)) {
    return null;
  }

  return Number(value);
}

export function parseState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const page = Number(p.get(names.page));
  const after = p.get(names.after);
  return {
    query: p.get(names.query) ?? '',
    kinds: p.getAll(names.kinds),
    themes: p.getAll(names.themes),
    regions: p.getAll(names.regions),
    municipalities: p.getAll(names.municipalities),
    minEvidence: p.get(names.minEvidence),
    ageFrom: age(p.get(names.ageFrom)),
    ageTo: age(p.get(names.ageTo)),
    order: p.get(names.order) ?? 'RELEVANCE',
    // A page number without its cursor cannot be fetched, so it falls back to the first page.
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
    after: after && Number.isInteger(page) && page > 1 ? after : null,
  };
}

export function stateUrl(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.query) p.set(names.query, state.query);
  state.kinds.forEach((v) => p.append(names.kinds, v));
  state.themes.forEach((v) => p.append(names.themes, v));
  state.regions.forEach((v) => p.append(names.regions, v));
  state.municipalities.forEach((v) => p.append(names.municipalities, v));
  if (state.minEvidence) p.set(names.minEvidence, state.minEvidence);
  if (state.ageFrom !== null) p.set(names.ageFrom, String(state.ageFrom));
  if (state.ageTo !== null) p.set(names.ageTo, String(state.ageTo));
  if (state.order !== 'RELEVANCE') p.set(names.order, state.order);
  if (state.page > 1 && state.after) {
    p.set(names.page, String(state.page));
    p.set(names.after, state.after);
  }

  const text = p.toString();
  return text ? `/?${text}` : '/';
}

/** A change of query, filter or order starts again on the first page. */
export function changed(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, page: 1, after: null, ...change };
}

export function hasFilters(state: SearchState): boolean {
  return state.kinds.length + state.themes.length + state.regions.length + state.municipalities.length > 0 ||
    state.minEvidence !== null || state.ageFrom !== null || state.ageTo !== null;
}

/** The SearchFilterInput of the schema. */
export function filterInput(state: SearchState): Record<string, unknown> | undefined {
  if (!hasFilters(state)) {
    return undefined;
  }

  return {
    kinds: state.kinds.length ? state.kinds : undefined,
    themes: state.themes.length ? state.themes : undefined,
    regions: state.regions.length ? state.regions : undefined,
    municipalities: state.municipalities.length ? state.municipalities : undefined,
    minEvidenceLevel: state.minEvidence ?? undefined,
    targetAge: state.ageFrom !== null || state.ageTo !== null ? { from: state.ageFrom ?? undefined, to: state.ageTo ?? undefined } : undefined,
  };
}

/** The facet counts the filter panel needs: a chosen dimension is counted without its own filter. */
export function facetVariables(state: SearchState): Record<string, unknown> {
  const without = (change: Partial<SearchState>) => filterInput({ ...state, ...change });
  return {
    withoutKinds: without({ kinds: [] }),
    withoutThemes: without({ themes: [] }),
    withoutRegions: without({ regions: [] }),
    withoutMunicipalities: without({ municipalities: [] }),
    withoutEvidence: without({ minEvidence: null }),
    kindsChosen: state.kinds.length > 0,
    themesChosen: state.themes.length > 0,
    regionsChosen: state.regions.length > 0,
    municipalitiesChosen: state.municipalities.length > 0,
    evidenceChosen: state.minEvidence !== null,
  };
}
