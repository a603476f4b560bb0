import { run } from '../api';
import { h } from '../dom';
import MunicipalityDocument from '../graphql/municipality.graphql';
import { implementationStatusLabels, kindLabels, label, years } from '../labels';
import { failure, heading, isAbort, loading, show } from '../page';
import { factList, section, sourceText, table, type SourceRef } from './facts';

interface RecordItem { kind: string; slug: string; title: string; summary: string; startYear: number | null; endYear: number | null }

interface MunicipalityData {
  code: string;
  name: string;
  region: { code: string; name: string };
  source: SourceRef;
  implementations: { startYear: number | null; endYear: number | null; status: string; note: string | null; familyProgram: { slug: string; title: string } | null; organisation: { name: string } | null }[];
  records: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RecordItem[] };
}

const recordItem = (r: RecordItem) => h('li', null,
  h('a', { href: `/opslag/${encodeURIComponent(r.slug)}` }, r.title),
  h('span', { class: 'facts' }, ` – ${[label(kindLabels, r.kind), years(r.startYear, r.endYear)].filter(Boolean).join(' · ')}`),
  h('p', { class: 'note' }, r.summary));

function render(m: MunicipalityData, more: (after: string, list: HTMLElement, button: HTMLButtonElement) => void): void {
  const records = h('ul', { class: 'record-list', id: 'kommune-opslag' }, m.records.nodes.map(recordItem));
  const moreButton = h('button', { type: 'button', id: 'flere-opslag' }, 'Vis flere opslag');
  moreButton.addEventListener('click', () => more(moreButton.dataset.after!, records, moreButton));
  moreButton.dataset.after = m.records.pageInfo.endCursor ?? '';
  show('municipality', `${m.name} Kommune`,
    h('p', { class: 'breadcrumb' }, h('a', { href: '/kommuner' }, 'Kommuner'), ' › ', m.region.name),
    heading(`${m.name} Kommune`),
    factList([
      ['Kommunekode', m.code],
      ['Region', h('a', { href: `/?region=${m.region.code}` }, m.region.name)],
      ['Kilde', sourceText(m.source)],
    ]),
    h('p', null, h('a', { href: `/?kommune=${m.code}`, class: 'button-link' }, `Søg i alt om ${m.name} med filtre`)),
    section('Familieprogrammer i brug', 'implementeringer', table(`Familieprogrammer i ${m.name}`, ['Program', 'Udbyder', 'Periode', 'Status', 'Note'],
      m.implementations.map((i) => [
        i.familyProgram ? h('a', { href: `/opslag/${encodeURIComponent(i.familyProgram.slug)}` }, i.familyProgram.title) : 'Ikke oplyst',
        i.organisation?.name ?? '', years(i.startYear, i.endYear) ?? '', label(implementationStatusLabels, i.status), i.note ?? '',
      ]))),
    h('section', { 'aria-labelledby': 'opslag' },
      h('h2', { id: 'opslag' }, `Alt i vidensbanken om ${m.name} (${m.records.totalCount})`),
      m.records.totalCount === 0 ? h('p', null, 'Vidensbanken har endnu intet, der involverer kommunen.') : records,
      m.records.pageInfo.hasNextPage ? moreButton : null));
}

let pending: AbortController | null = null;

/** `/kommune/:code`: everything the knowledge base holds that involves one municipality. */
export async function municipalityView(params: Record<string, string>): Promise<void> {
  pending?.abort();
  const request = (pending = new AbortController());
  const code = params.code;
  show('municipality-loading', 'Henter', loading());
  const more = async (after: string, list: HTMLElement, button: HTMLButtonElement) => {
    button.disabled = true;
    const data = await run<{ municipality: MunicipalityData }>(MunicipalityDocument, { code, after });
    const page = data.municipality.records;
    const items = page.nodes.map(recordItem);
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
    button.dataset.after = page.pageInfo.endCursor ?? '';
    button.disabled = false;
    button.hidden = !page.pageInfo.hasNextPage;
  };
  try {
    const data = await run<{ municipality: MunicipalityData | null }>(MunicipalityDocument, { code }, request.signal);
    if (data.municipality) {
      render(data.municipality, (after, list, button) => void more(after, list, button));
    } else {
      show('municipality', 'Ikke fundet', heading('Kommunen findes ikke'), h('p', null, 'Der er ingen kommune med koden ', code, '. ', h('a', { href: '/kommuner' }, 'Se alle kommuner'), '.'));
    }
  } catch (error) {
    if (!isAbort(error)) {
      show('municipality', 'Fejl', heading('Kommunen kunne ikke hentes'), failure(error));
    }
  }
}
