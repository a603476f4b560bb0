import { run } from '../api';
import { h, type Child } from '../dom';
import RecordDocument from '../graphql/record.graphql';
import {
  ages, caseAreaLabels, evidenceLabels, implementationStatusLabels, kindLabels, label, municipalityRoleLabels,
  legalStatus, organisationRoleLabels, programCategoryLabels, publicationKindLabels, scaleLabels, years,
} from '../labels';
import { failure, heading, isAbort, loading, show } from '../page';
import { external, factList, paragraphs, section, sourceText, table, type SourceRef } from './facts';

interface Place { code: string; name: string }
interface Org { slug: string; name: string; abbreviation: string | null; url: string | null }
interface Link { slug: string; title: string; kind: string; summary?: string }

interface RecordData {
  __typename: string;
  kind: string;
  slug: string;
  title: string;
  summary: string;
  description: string | null;
  coverageNote: string | null;
  startYear: number | null;
  endYear: number | null;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  updatedAt: string;
  themes: { slug: string; name: string }[];
  targetGroups: { name: string; description: string | null; ageMin: number | null; ageMax: number | null }[];
  municipalityLinks: { role: string; municipality: Place }[];
  owner: Org | null;
  organisationLinks: { role: string; organisation: Org }[];
  publications: { title: string; year: number | null; kind: string; authors: string | null; url: string | null; summary: string | null; publisher: { name: string } | null }[];
  legalBases: { law: string; paragraph: string; title: string; validFrom: string | null; validTo: string | null; url: string | null; note: string | null }[];
  evidenceAssessments: { scale: string; dimension: string; level: string; normalizedLevel: string; date: string | null; note: string | null; source: SourceRef }[];
  statedMunicipalityCounts: { role: string; count: number; qualifier: string; named: number; asOf: string | null; note: string | null; source: SourceRef }[];
  sources: SourceRef[];
  parent: Link | null;
  children: Link[];
  related: Link[];
  category?: string;
  fundingAmountDkk?: number | null;
  fundingSource?: string | null;
  fullName?: string | null;
  abbreviation?: string | null;
  origin?: string | null;
  targetGroupDescription?: string | null;
  format?: string | null;
  duration?: string | null;
  cost?: string | null;
  staffing?: string | null;
  training?: string | null;
  outcomesTargeted?: string | null;
  evidenceOfEffect?: string;
  implementations?: { startYear: number | null; endYear: number | null; status: string; note: string | null; municipality: Place | null; organisation: { name: string } | null; source: SourceRef }[];
  area?: string | null;
  approach?: string | null;
  results?: string | null;
  challenges?: string | null;
  municipality?: Place | null;
  sourcePublication?: { title: string; year: number | null; url: string | null } | null;
}

const municipalityLink = (m: Place) => h('a', { href: `/kommune/${m.code}` }, m.name);
const recordLink = (r: Link) => h('a', { href: `/opslag/${encodeURIComponent(r.slug)}` }, r.title);
const orgName = (o: Org) => external(o.url, o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name);
const list = (items: Child[]) => (items.length === 0 ? null : h('ul', null, items.map((i) => h('li', null, i))));
const kr = (amount: number) => `${amount.toLocaleString('da-DK')} kr.`;

function facts(r: RecordData): HTMLElement | null {
  return factList([
    ['Type', label(kindLabels, r.kind)],
    ['Kategori', r.category ? label(programCategoryLabels, r.category) : null],
    ['Fulde navn', r.fullName ?? null],
    ['Forkortelse', r.abbreviation ?? null],
    ['Periode', years(r.startYear, r.endYear)],
    ['Målgruppens alder', ages(r.targetAgeMin, r.targetAgeMax)],
    ['Målgrupper', list(r.targetGroups.map((g) => [g.name, ages(g.ageMin, g.ageMax) ? ` (${ages(g.ageMin, g.ageMax)})` : '']))],
    ['Målgruppe ifølge kilderne', r.targetGroupDescription ?? null],
    ['Temaer', list(r.themes.map((t) => h('a', { href: `/?tema=${encodeURIComponent(t.slug)}` }, t.name)))],
    ['Kommune', r.municipality ? municipalityLink(r.municipality) : null],
    ['Område', r.area ? label(caseAreaLabels, r.area) : null],
    ['Oprindelse', r.origin ?? null],
    ['Form', r.format ?? null],
    ['Varighed', r.duration ?? null],
    ['Sigter mod', r.outcomesTargeted ?? null],
    ['Evidens for effekt', r.evidenceOfEffect ? effectLabel(r.evidenceOfEffect) : null],
    ['Pris og økonomi', r.cost ?? null],
    ['Bemanding', r.staffing ?? null],
    ['Uddannelse og certificering', r.training ?? null],
    ['Bevilling', r.fundingAmountDkk ? kr(r.fundingAmountDkk) : null],
    ['Finansiering', r.fundingSource ?? null],
    ['Ejer', r.owner ? orgName(r.owner) : null],
    ['Andre organisationer', list(r.organisationLinks.map((o) => [orgName(o.organisation), ` – ${label(organisationRoleLabels, o.role)}`]))],
    ['Kommuner', list(r.municipalityLinks.map((m) => [municipalityLink(m.municipality), ` – ${label(municipalityRoleLabels, m.role)}`]))],
    ['Del af', r.parent ? recordLink(r.parent) : null],
    ['Fortalt i', r.sourcePublication ? external(r.sourcePublication.url, `${r.sourcePublication.title}${r.sourcePublication.year ? ` (${r.sourcePublication.year})` : ''}`) : null],
    ['Senest ændret', new Date(r.updatedAt).toLocaleDateString('da-DK', { year: 'numeric', month: 'long', day: 'numeric' })],
  ]);
}

/** "Not rated for effect" and "no effect shown" are different findings (docs/evidence.md). */
const effectLabel = (level: string) => (level === 'UNKNOWN' ? 'Ikke vurderet for effekt' : label(evidenceLabels, level));

/** The knowledge declaration always has these five; the ones not found are shown as such, not left out. */
const declarationDimensions = ['målgruppe', 'metode', 'implementering', 'effekt', 'økonomi'];

function evidence(r: RecordData): HTMLElement | null {
  const scales = [...new Set(r.evidenceAssessments.map((e) => e.scale))];
  return section('Evidens', 'evidens', scales.map((scale) => {
    const rows: Child[][] = r.evidenceAssessments.filter((e) => e.scale === scale).map((e) => [
      e.dimension, e.level, label(evidenceLabels, e.normalizedLevel), e.date ?? '', e.note ?? '', sourceText(e.source),
    ]);
    if (scale === 'DANISH_KNOWLEDGE_DECLARATION') {
      const rated = new Set(r.evidenceAssessments.filter((e) => e.scale === scale).map((e) => e.dimension));
      declarationDimensions.filter((d) => !rated.has(d)).forEach((d) => rows.push([d, '–', 'Ikke fundet', '', 'Karakteren er ikke fundet i kilderne.', '']));
    }
    return table(label(scaleLabels, scale), ['Dimension', 'Vurdering', 'Svarer til', 'Dato', 'Begrundelse', 'Kilde'], rows);
  }));
}

function implementations(r: RecordData): HTMLElement | null {
  return section('Her bruges det', 'implementeringer', table('Implementeringer', ['Hvor', 'Periode', 'Status', 'Note', 'Kilde'],
    (r.implementations ?? []).map((i) => [
      i.municipality ? municipalityLink(i.municipality) : i.organisation?.name ?? 'Ikke oplyst',
      years(i.startYear, i.endYear) ?? '', label(implementationStatusLabels, i.status), i.note ?? '', sourceText(i.source),
    ])));
}

/** A source's number beside how many of them are linked by name: "24 ifølge kilden, 10 kendt ved navn". */
function statedCounts(r: RecordData): HTMLElement | null {
  return section('Antal kommuner ifølge kilderne', 'antal-kommuner', table('Antal kommuner',
    ['Rolle', 'Antal ifølge kilden', 'Kendt ved navn', 'Pr.', 'Note', 'Kilde'],
    r.statedMunicipalityCounts.map((c) => [
      label(municipalityRoleLabels, c.role), c.qualifier === 'MORE_THAN' ? `mere end ${c.count}` : String(c.count),
      String(c.named), c.asOf ?? '', c.note ?? '', sourceText(c.source),
    ])));
}

function render(r: RecordData): void {
  show('record', r.title,
    h('p', { class: 'breadcrumb' }, h('a', { href: '/' }, 'Søg'), ' › ', label(kindLabels, r.kind)),
    heading(r.title),
    h('p', { class: 'lead' }, r.summary),
    facts(r),
    section('Beskrivelse', 'beskrivelse', paragraphs(r.description)),
    section('Fremgangsmåde', 'fremgangsmaade', paragraphs(r.approach)),
    section('Resultater', 'resultater', paragraphs(r.results)),
    section('Udfordringer', 'udfordringer', paragraphs(r.challenges)),
    section('Det siger kilderne ikke', 'huller', paragraphs(r.coverageNote)),
    evidence(r),
    implementations(r),
    statedCounts(r),
    section('Lovgrundlag', 'lovgrundlag', list(r.legalBases.map((l) => [
      external(l.url, `${l.law} ${l.paragraph}`), ` – ${l.title}`,
      legalStatus(l.validFrom, l.validTo, today()) ? h('span', { class: 'legal-status' }, ` (${legalStatus(l.validFrom, l.validTo, today())})`) : '',
      l.note ? h('p', { class: 'note' }, l.note) : null,
    ]))),
    section('Publikationer', 'publikationer', list(r.publications.map((p) => [
      external(p.url, p.title), ` (${[label(publicationKindLabels, p.kind), p.year, p.authors, p.publisher?.name].filter(Boolean).join(', ')})`,
      p.summary ? h('p', { class: 'note' }, p.summary) : null,
    ]))),
    section('Dele af dette', 'dele', list(r.children.map((c) => [recordLink(c), ` – ${label(kindLabels, c.kind)}`]))),
    section('Kilder', 'kilder', list(r.sources.map(sourceText))),
    section('Beslægtede opslag', 'beslaegtede', list(r.related.map((c) => [recordLink(c), ` – ${label(kindLabels, c.kind)}`]))));
}

let pending: AbortController | null = null;

/** `/opslag/:slug`: every fact of one record. */
export async function recordView(params: Record<string, string>): Promise<void> {
  pending?.abort();
  const request = (pending = new AbortController());
  show('record-loading', 'Henter', loading());
  try {
    const data = await run<{ record: RecordData | null }>(RecordDocument, { slug: params.slug }, request.signal);
    if (data.record) {
      render(data.record);
    } else {
      show('record', 'Ikke fundet', heading('Opslaget findes ikke'), h('p', null, 'Måske er det fjernet. ', h('a', { href: '/' }, 'Søg i vidensbanken'), '.'));
    }
  } catch (error) {
    if (!isAbort(error)) {
      show('record', 'Fejl', heading('Opslaget kunne ikke hentes'), failure(error));
    }
  }
}

/** Today in Copenhagen, as YYYY-MM-DD: when a paragraph stopped applying is a Danish date. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
