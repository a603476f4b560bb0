import { run } from '../api';
import { h, replaceContent } from '../dom';
import SuggestDocument from '../graphql/suggest.graphql';
import { kindLabels, label } from '../labels';

interface Suggestion {
  text: string;
  kind: 'TERM' | 'TITLE';
  record: { slug: string; kind: string } | null;
}

export interface SuggestBoxHandlers {
  search(query: string): void;
  open(slug: string): void;
}

/**
 * The search field as an ARIA 1.2 combobox: suggestions (`suggest`) appear as one types; arrow
 * keys move through them, Enter takes one, Escape closes the list. A term completes the last
 * word and searches; a title opens its record.
 */
export function suggestBox(initial: string, handlers: SuggestBoxHandlers): HTMLFormElement {
  const list = h('ul', { id: 'forslag', role: 'listbox', 'aria-label': 'Forslag', class: 'suggestions', hidden: true });
  const input = h('input', {
    id: 'soeg',
    name: 'q',
    type: 'search',
    value: initial,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'forslag',
    'aria-describedby': 'soeg-hjaelp',
  });
  let suggestions: Suggestion[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    pending?.abort();
    clearTimeout(timer);
    suggestions = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const choose = (s: Suggestion) => {
    close();
    if (s.kind === 'TITLE' && s.record) {
      handlers.open(s.record.slug);
      return;
    }

    const words = input.value.trimEnd().split(/\s+/);
    words[words.length - 1] = s.text;
    input.value = words.join(' ');
    handlers.search(input.value);
  };

  const paint = () => {
    replaceContent(list, suggestions.map((s, i) => h('li', {
      id: `forslag-${i}`,
      role: 'option',
      class: s.kind === 'TITLE' ? 'suggestion title' : 'suggestion',
      'aria-selected': i === active ? 'true' : 'false',
      // mousedown, not click: the field keeps the focus.
      onmousedown: (e: Event) => {
        e.preventDefault();
        choose(s);
      },
    }, s.text, s.kind === 'TITLE' && s.record ? h('span', { class: 'suggestion-kind' }, ` – ${label(kindLabels, s.record.kind)}`) : null)));
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `forslag-${active}`);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const fetchSuggestions = async (prefix: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const data = await run<{ suggest: Suggestion[] }>(SuggestDocument, { prefix }, pending.signal);
      if (input.value.trim() === prefix && document.activeElement === input) {
        suggestions = data.suggest;
        active = -1;
        paint();
      }
    } catch {
      // Suggestions are a convenience: a failed one leaves the field as it is.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) {
      close();
      return;
    }

    timer = setTimeout(() => void fetchSuggestions(prefix), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (suggestions.length === 0) {
        return;
      }

      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length + 1) % (suggestions.length + 1);
      if (active === suggestions.length) {
        active = -1;
      }

      paint();
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(suggestions[active]);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 0));

  const form = h('form', {
    role: 'search',
    class: 'search-form',
    action: '/',
    onsubmit: (e: Event) => {
      e.preventDefault();
      close();
      handlers.search(input.value.trim());
    },
  },
  h('label', { for: 'soeg' }, 'Søg i vidensbanken'),
  h('p', { id: 'soeg-hjaelp', class: 'hint' }, 'Fx »forældreprogram«, »skolefravær« eller »PMTO«. Brug piletasterne til forslagene.'),
  h('div', { class: 'search-row' },
    h('div', { class: 'combobox' }, input, list),
    h('button', { type: 'submit' }, 'Søg')));
  return form;
}
