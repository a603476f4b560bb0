import './styles.css';
import { h } from './dom';
import { heading, show } from './page';
import { fallback, route, start } from './router';
import { municipalitiesView } from './views/municipalities';
import { municipalityView } from './views/municipality';
import { recordView } from './views/record';
import { searchView } from './views/search';

route('/', searchView);
route('/opslag/:slug', recordView);
route('/kommune/:code', municipalityView);
route('/kommuner', municipalitiesView);
fallback(() => show('not-found', 'Siden findes ikke', heading('Siden findes ikke'), h('p', null, h('a', { href: '/' }, 'Gå til søgningen'), '.')));
start();
