/** Danish words for the schema's English enum values and field names. */
export const kindLabels: Record<string, string> = {
  PROGRAM: 'Program',
  FAMILY_PROGRAM: 'Familieprogram',
  INSPIRATION_CASE: 'Inspirationscase',
  MUNICIPAL_EXPERIENCE: 'Kommunal erfaring',
};

/** From weakest to strongest: the order of the minimum-evidence filter. */
export const evidenceLevels: [string, string][] = [
  ['UNKNOWN', 'Ukendt'],
  ['NO_EFFECT_SHOWN', 'Ingen effekt påvist'],
  ['LIMITED', 'Begrænset'],
  ['MODERATE', 'Moderat'],
  ['GOOD', 'God'],
  ['STRONG', 'Stærk'],
];

export const evidenceLabels: Record<string, string> = Object.fromEntries(evidenceLevels);

export const scaleLabels: Record<string, string> = {
  DANISH_KNOWLEDGE_DECLARATION: 'Vidensdeklaration (Social- og Boligstyrelsen)',
  BLUEPRINTS: 'Blueprints for Healthy Youth Development',
  UNGSINN: 'Ungsinn (Norge)',
  EVALUATION: 'Evalueringens egen konklusion',
};

export const municipalityRoleLabels: Record<string, string> = {
  PARTICIPANT: 'Deltager',
  PARTNER: 'Partner',
  REFERENCE: 'Reference',
  PILOT: 'Pilotkommune',
  SUBJECT: 'Handler om kommunen',
};

export const organisationRoleLabels: Record<string, string> = {
  FUNDER: 'Finansierer',
  EVALUATOR: 'Evaluerer',
  DEVELOPER: 'Udvikler',
  PROVIDER: 'Leverandør',
  PARTNER: 'Partner',
};

export const implementationStatusLabels: Record<string, string> = {
  UNKNOWN: 'Ukendt',
  PLANNED: 'Planlagt',
  PILOT: 'Pilot',
  RUNNING: 'I drift',
  STOPPED: 'Stoppet',
};

export const programCategoryLabels: Record<string, string> = {
  PACKAGE: 'Pakke',
  POLITICAL_AGREEMENT: 'Politisk aftale',
  PROGRAMME: 'Program',
  INITIATIVE: 'Initiativ',
  PROJECT: 'Projekt',
  ADVISORY: 'Rådgivning',
  COURSE: 'Forløb',
  PHASE: 'Fase',
};

export const caseAreaLabels: Record<string, string> = {
  GENERAL: 'Generelt',
  AUTHORITY: 'Myndighed',
  PROVIDER: 'Udfører',
  CROSS_DISCIPLINARY: 'Tværfagligt',
};

export const publicationKindLabels: Record<string, string> = {
  EVALUATION: 'Evaluering',
  REPORT: 'Rapport',
  GUIDE: 'Vejledning',
  CATALOGUE: 'Katalog',
  AGREEMENT: 'Aftale',
  ARTICLE: 'Artikel',
  OTHER: 'Andet',
};

export const fieldLabels: Record<string, string> = {
  title: 'Titel',
  summary: 'Resumé',
  description: 'Beskrivelse',
  results: 'Resultater',
  approach: 'Fremgangsmåde',
  challenges: 'Udfordringer',
  origin: 'Oprindelse',
  fullName: 'Fulde navn',
  targetGroupDescription: 'Målgruppe',
  format: 'Form',
  duration: 'Varighed',
  fundingSource: 'Finansiering',
};

export const orderLabels: [string, string][] = [
  ['RELEVANCE', 'Relevans'],
  ['NEWEST', 'Nyeste først'],
  ['TITLE', 'Titel (A–Å)'],
];

export function label(map: Record<string, string>, value: string): string {
  return map[value] ?? value;
}

export function years(start?: number | null, end?: number | null): string | null {
  if (!start && !end) {
    return null;
  }

  return start && end ? (start === end ? `${start}` : `${start}–${end}`) : start ? `fra ${start}` : `til ${end}`;
}

export function ages(min?: number | null, max?: number | null): string | null {
  if (min == null && max == null) {
    return null;
  }

  return min != null && max != null ? `${min}–${max} år` : min != null ? `fra ${min} år` : `op til ${max} år`;
}

/** "1.1.2024" from "2024-01-01": dates as Danish readers write them. */
function danishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/**
 * Whether a legal basis is in force on `today` (YYYY-MM-DD), said in words: a repealed paragraph
 * must never read as current, and a missing date says nothing rather than "in force".
 */
export function legalStatus(validFrom: string | null, validTo: string | null, today: string): string | null {
  if (validTo && validTo < today) {
    return `ophævet – gjaldt til ${danishDate(validTo)}`;
  }
  if (validFrom && validFrom > today) {
    return `træder i kraft ${danishDate(validFrom)}`;
  }
  if (validFrom || validTo) {
    return ['gældende', validFrom ? `fra ${danishDate(validFrom)}` : null, validTo ? `til ${danishDate(validTo)}` : null].filter(Boolean).join(' ');
  }
  return null;
}
