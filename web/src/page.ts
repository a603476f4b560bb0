import { h, type Child } from './dom';

const main = () => document.getElementById('indhold') as HTMLElement;
const status = () => document.getElementById('status') as HTMLElement;

let currentView = '';
let navigated = false;

/** Called by the router on every in-page navigation (not on the first load, where the focus stays at the top). */
export function markNavigated(): void {
  navigated = true;
}

/** Shows a view in <main>. After an in-page navigation the focus moves to its heading, so screen readers start there. */
export function show(view: string, title: string, ...children: Child[]): void {
  const target = main();
  target.replaceChildren();
  target.append(...children.flat(Infinity as 1).filter((c): c is Node => c instanceof Node));
  document.title = `${title} – KnowledgeHub`;
  if (navigated) {
    target.querySelector<HTMLElement>('h1')?.focus();
  }

  currentView = view;
}

export function isShowing(view: string): boolean {
  return currentView === view && main().childElementCount > 0;
}

export function setTitle(title: string): void {
  document.title = `${title} – KnowledgeHub`;
}

/** Read out by screen readers (a polite live region). */
export function announce(message: string): void {
  const region = status();
  region.textContent = '';
  // A fresh text node in a later task, so the same message twice is read twice.
  setTimeout(() => (region.textContent = message), 50);
}

export function heading(text: Child): HTMLHeadingElement {
  return h('h1', { tabindex: -1 }, text);
}

export function loading(text = 'Henter …'): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function failure(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, `Noget gik galt: ${message}`);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
