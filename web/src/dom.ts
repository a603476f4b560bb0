import { highlightParts } from './highlight';

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

/**
 * A search highlight (HTML-escaped text with <mark>…</mark>) as DOM nodes. Only <mark> becomes an
 * element; everything else is text, so no HTML from the data is ever parsed.
 */
export function highlighted(fragment: string): Node[] {
  return highlightParts(fragment).map((p) => (p.marked ? h('mark', null, p.text) : document.createTextNode(p.text)));
}
