import { h } from '../dom';
import { evidenceLevels, kindLabels, label } from '../labels';
import { changed, hasFilters, stateUrl, type SearchState } from '../state';

export interface Facet {
  field: 'KIND' | 'THEME' | 'REGION' | 'MUNICIPALITY' | 'EVIDENCE_LEVEL';
  values: { value: string; label: string; count: number }[];
}

type ListKey = 'kinds' | 'themes' | 'regions' | 'municipalities';

const groups: { field: Facet['field']; key: ListKey; legend: string; param: string; shown: number }[] = [
  { field: 'KIND', key: 'kinds', legend: 'Type', param: 'type', shown: 10 },
  { field: 'THEME', key: 'themes', legend: 'Tema', param: 'tema', shown: 8 },
  { field: 'REGION', key: 'regions', legend: 'Region', param: 'region', shown: 10 },
  { field: 'MUNICIPALITY', key: 'municipalities', legend: 'Kommune', param: 'kommune', shown: 8 },
];

/** Groups whose long tail the reader has opened; kept while the page lives. */
const expanded = new Set<string>();

function toggled(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function checkboxGroup(group: (typeof groups)[number], facet: Facet | undefined, state: SearchState, go: (url: string) => void): HTMLElement {
  const selected = state[group.key];
  const values = [...(facet?.values ?? [])];
  // A chosen value with no hits left still shows, so it can be unchosen.
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) {
      values.push({ value, label: group.field === 'KIND' ? label(kindLabels, value) : value, count: 0 });
    }
  }

  const open = expanded.has(group.param) || values.length <= group.shown + 2;
  const visible = open ? values : values.filter((v, i) => i < group.shown || selected.includes(v.value));
  const id = (value: string) => `filter-${group.param}-${value}`;
  return h('fieldset', { class: 'facet' },
    h('legend', null, group.legend),
    values.length === 0 ? h('p', { class: 'hint' }, 'Ingen i dette resultat') : null,
    h('ul', null, visible.map((v) => h('li', null,
      h('input', {
        type: 'checkbox',
        id: id(v.value),
        checked: selected.includes(v.value),
        onchange: (e: Event) => go(stateUrl(changed(state, { [group.key]: toggled(selected, v.value, (e.target as HTMLInputElement).checked) }))),
      }),
      h('label', { for: id(v.value) }, `${v.label} `, h('span', { class: 'count' }, `(${v.count})`))))),
    visible.length < values.length || expanded.has(group.param)
      ? h('button', {
        type: 'button',
        class: 'link-button',
        id: `vis-${group.param}`,
        'aria-expanded': String(open),
        onclick: () => {
          if (open) {
            expanded.delete(group.param);
          } else {
            expanded.add(group.param);
          }

          go(stateUrl(state));
        },
      }, open ? 'Vis færre' : `Vis alle ${values.length}`)
      : null);
}

function evidenceGroup(facet: Facet | undefined, state: SearchState, go: (url: string) => void): HTMLElement {
  const counts = new Map((facet?.values ?? []).map((v) => [v.value, v.count]));
  const levels = evidenceLevels.filter(([value]) => value !== 'UNKNOWN');
  // The facet counts each record's best level (without the evidence filter); "at least" sums the levels above.
  const atLeast = (value: string) => evidenceLevels.slice(evidenceLevels.findIndex(([v]) => v === value)).reduce((sum, [v]) => sum + (counts.get(v) ?? 0), 0);
  const option = (value: string | null, text: string) => {
    const id = `filter-evidens-${value ?? 'alle'}`;
    return h('li', null,
      h('input', {
        type: 'radio',
        name: 'evidens',
        id,
        checked: state.minEvidence === value,
        onchange: () => go(stateUrl(changed(state, { minEvidence: value }))),
      }),
      h('label', { for: id }, text, value ? h('span', { class: 'count' }, ` (${atLeast(value)})`) : null));
  };
  return h('fieldset', { class: 'facet' },
    h('legend', null, 'Evidens for effekt (mindst)'),
    h('ul', null, option(null, 'Alle'), levels.map(([value, text]) => option(value, text))));
}

function ageGroup(state: SearchState, go: (url: string) => void): HTMLElement {
  const from = h('input', { type: 'number', id: 'alder-fra', name: 'alder-fra', min: 0, max: 30, inputmode: 'numeric', value: state.ageFrom ?? '' });
  const to = h('input', { type: 'number', id: 'alder-til', name: 'alder-til', min: 0, max: 30, inputmode: 'numeric', value: state.ageTo ?? '' });
  const read = (input: HTMLInputElement) => (input.value === '' ? null : Math.max(0, Math.min(30, Math.trunc(Number(input.value)))));
  return h('form', {
    class: 'facet age',
    onsubmit: (e: Event) => {
      e.preventDefault();
      go(stateUrl(changed(state, { ageFrom: read(from), ageTo: read(to) })));
    },
  },
  h('fieldset', null,
    h('legend', null, 'Målgruppens alder'),
    h('div', { class: 'age-row' },
      h('span', null, h('label', { for: 'alder-fra' }, 'Fra (år)'), from),
      h('span', null, h('label', { for: 'alder-til' }, 'Til (år)'), to)),
    h('button', { type: 'submit', id: 'alder-anvend' }, 'Anvend alder')));
}

/** The filter panel: one group per facet, plus the evidence threshold and target age. */
export function filterPanel(facets: Facet[], state: SearchState, go: (url: string) => void, wide: boolean): HTMLElement {
  const facet = (field: Facet['field']) => facets.find((f) => f.field === field);
  return h('details', { class: 'filters', open: wide },
    h('summary', null, h('h2', null, 'Filtre')),
    hasFilters(state)
      ? h('p', null, h('a', { href: stateUrl(changed(state, { kinds: [], themes: [], regions: [], municipalities: [], minEvidence: null, ageFrom: null, ageTo: null })), id: 'nulstil' }, 'Nulstil alle filtre'))
      : null,
    groups.slice(0, 2).map((g) => checkboxGroup(g, facet(g.field), state, go)),
    evidenceGroup(facet('EVIDENCE_LEVEL'), state, go),
    ageGroup(state, go),
    groups.slice(2).map((g) => checkboxGroup(g, facet(g.field), state, go)));
}
