import { h, type Child } from '../dom';

/** Building blocks of the record and municipality pages. */
export interface SourceRef {
  title: string;
  url: string;
  publisher: string | null;
  date: string | null;
}

/** A definition list of the facts that are known; unknown ones are left out rather than shown empty. */
export function factList(rows: [string, Child][]): HTMLElement | null {
  const known = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return known.length === 0 ? null : h('dl', { class: 'facts-list' }, known.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

export function section(title: string, id: string, ...content: Child[]): HTMLElement | null {
  const body = content.flat(Infinity as 1).filter((c) => c !== null && c !== undefined && c !== false);
  return body.length === 0 ? null : h('section', { 'aria-labelledby': id }, h('h2', { id }, title), body);
}

/** An outside link: it opens only when followed, and tells the other site nothing about this page. */
export function external(url: string | null | undefined, text: string): Child {
  return url ? h('a', { href: url, rel: 'noreferrer', class: 'external' }, text) : text;
}

export function sourceText(source: SourceRef): Child[] {
  return [external(source.url, source.title), [source.publisher, source.date].filter(Boolean).length ? ` (${[source.publisher, source.date].filter(Boolean).join(', ')})` : ''];
}

export function paragraphs(text: string | null | undefined): HTMLElement[] {
  return (text ?? '').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean).map((p) => h('p', null, p));
}

export function table(caption: string, headings: string[], rows: Child[][]): HTMLElement | null {
  if (rows.length === 0) {
    return null;
  }

  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h('table', null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, headings.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', null, rows.map((cells) => h('tr', null, cells.map((c) => h('td', null, c)))))));
}
