import { h, highlighted } from '../dom';
import { ages, fieldLabels, kindLabels, label, years } from '../labels';
import { pageSize, stateUrl, type SearchState } from '../state';

export interface Hit {
  highlights: { field: string; fragments: string[] }[];
  record: {
    kind: string;
    slug: string;
    title: string;
    summary: string;
    startYear: number | null;
    endYear: number | null;
    targetAgeMin: number | null;
    targetAgeMax: number | null;
    themes: { slug: string; name: string }[];
  };
}

/** One hit: the title (highlighted where it matched), facts, and where else the query matched. */
export function hitItem(hit: Hit): HTMLElement {
  const r = hit.record;
  const title = hit.highlights.find((x) => x.field === 'title')?.fragments[0];
  const summary = hit.highlights.find((x) => x.field === 'summary')?.fragments[0];
  const others = hit.highlights.filter((x) => x.field !== 'title' && x.field !== 'summary');
  const facts = [label(kindLabels, r.kind), years(r.startYear, r.endYear), ages(r.targetAgeMin, r.targetAgeMax)].filter((x): x is string => !!x);
  return h('li', { class: 'hit' },
    h('article', null,
      h('h3', null, h('a', { href: `/opslag/${encodeURIComponent(r.slug)}` }, title ? highlighted(title) : r.title)),
      h('p', { class: 'facts' }, facts.join(' · ')),
      h('p', { class: 'summary' }, summary ? highlighted(summary) : r.summary),
      others.length > 0
        ? h('dl', { class: 'highlights' }, others.map((x) => [
          h('dt', null, label(fieldLabels, x.field)),
          x.fragments.map((f) => h('dd', null, highlighted(f))),
        ]))
        : null,
      r.themes.length > 0 ? h('p', { class: 'themes' }, 'Temaer: ', r.themes.map((t) => t.name).join(', ')) : null));
}

/**
 * Previous and next. Cursors are opaque, so a page's cursor is known only from the page before it:
 * the ones seen in this visit are kept, and a shared link to page 3 offers the first page instead of page 2.
 */
const cursors = new Map<string, Map<number, string>>();

export function pager(state: SearchState, total: number, endCursor: string | null, hasNext: boolean): HTMLElement | null {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) {
    return null;
  }

  const key = stateUrl({ ...state, page: 1, after: null });
  const known = cursors.get(key) ?? new Map<number, string>();
  cursors.set(key, known);
  if (state.after) {
    known.set(state.page, state.after);
  }

  if (endCursor) {
    known.set(state.page + 1, endCursor);
  }

  const previous = state.page - 1;
  const previousUrl = previous === 1 ? key : known.has(previous) ? stateUrl({ ...state, page: previous, after: known.get(previous)! }) : null;
  return h('nav', { class: 'pager', 'aria-label': 'Sider' },
    state.page > 1
      ? previousUrl
        ? h('a', { href: previousUrl, rel: 'prev', id: 'forrige' }, '← Forrige side')
        : h('a', { href: key, id: 'foerste' }, '← Første side')
      : null,
    h('span', { class: 'page-of', 'aria-current': 'page' }, `Side ${state.page} af ${pages}`),
    hasNext && endCursor ? h('a', { href: stateUrl({ ...state, page: state.page + 1, after: endCursor }), rel: 'next', id: 'naeste' }, 'Næste side →') : null);
}
