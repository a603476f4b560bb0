/** A tiny element builder: text is always set as text, never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false | Child[];

type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Attributes | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }

  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content; the element that had the focus gets it back if it is rebuilt with the same id. */
export function replaceContent(parent: Element, ...children: Child[]): void {
  const focusedId = parent.contains(document.activeElement) ? document.activeElement?.id : undefined;
  parent.replaceChildren();
  append(parent, children);
  if (focusedId) {
    document.getElementById(focusedId)?.focus();
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }

    return entities[entity.toLowerCase()] ?? whole;
  });
}

/**
 * A search highlight (HTML-escaped text with <mark>…</mark>) as DOM nodes. Only <mark> becomes an
 * element; everything else is text, so no HTML from the data is ever parsed.
 */
export function highlighted(fragment: string): Node[] {
  return fragment.split(/(<mark>|<\/mark>)/).reduce<{ nodes: Node[]; marked: boolean }>((state, part) => {
    if (part === '<mark>') {
      return { ...state, marked: true };
    }

    if (part === '</mark>') {
      return { ...state, marked: false };
    }

    if (part) {
      const text = decode(part);
      state.nodes.push(state.marked ? h('mark', null, text) : document.createTextNode(text));
    }

    return state;
  }, { nodes: [], marked: false }).nodes;
}
