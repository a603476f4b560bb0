import { run } from '../api';
import { h } from '../dom';
import MunicipalitiesDocument from '../graphql/municipalities.graphql';
import { failure, heading, loading, show } from '../page';

interface Regions {
  regions: { code: string; name: string; municipalities: { code: string; name: string }[] }[];
}

/** `/kommuner`: the 98 municipalities by region, each a way into its page. */
export async function municipalitiesView(): Promise<void> {
  show('municipalities-loading', 'Henter', loading());
  try {
    const data = await run<Regions>(MunicipalitiesDocument, {});
    show('municipalities', 'Kommuner',
      heading('Kommuner'),
      h('p', { class: 'lead' }, 'Vælg en kommune for at se alt, vidensbanken har om den: programmer, familieprogrammer i brug, cases og erfaringer.'),
      h('div', { class: 'regions' }, data.regions.map((r) => h('section', { 'aria-labelledby': `region-${r.code}` },
        h('h2', { id: `region-${r.code}` }, r.name),
        h('ul', { class: 'columns' }, r.municipalities.map((m) => h('li', null, h('a', { href: `/kommune/${m.code}` }, m.name))))))));
  } catch (error) {
    show('municipalities', 'Fejl', heading('Kommunerne kunne ikke hentes'), failure(error));
  }
}
