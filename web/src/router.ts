/**
 * Client-side routing over the History API. The server answers these same paths with index.html,
 * so every URL of the page can be opened directly, shared and bookmarked.
 */
import { markNavigated } from './page';

export type View = (params: Record<string, string>, url: URL) => Promise<void> | void;

interface Route {
  pattern: RegExp;
  keys: string[];
  view: View;
}

const routes: Route[] = [];
let notFound: View = () => undefined;

export function route(path: string, view: View): void {
  const keys: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:([a-z]+)/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  })}/?$`);
  routes.push({ pattern, keys, view });
}

export function fallback(view: View): void {
  notFound = view;
}

function match(pathname: string): { view: View; params: Record<string, string> } | null {
  for (const r of routes) {
    const m = r.pattern.exec(pathname);
    if (m) {
      const params = Object.fromEntries(r.keys.map((key, i) => [key, decodeURIComponent(m[i + 1])]));
      return { view: r.view, params };
    }
  }

  return null;
}

export function render(): Promise<void> | void {
  const url = new URL(location.href);
  const found = match(url.pathname);
  return found ? found.view(found.params, url) : notFound({}, url);
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', href);
  } else {
    history.pushState(null, '', href);
  }

  markNavigated();
  void render();
}

/** Same-origin links to the page's own paths stay in the page; anything else (the IDE, sources) loads normally. */
export function start(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }

    const link = (event.target as Element | null)?.closest('a');
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin || !match(link.pathname)) {
      return;
    }

    // An in-page anchor (the skip link) is the browser's to follow: it moves the focus there.
    if (link.hash && link.pathname === location.pathname && link.search === location.search) {
      return;
    }

    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  window.addEventListener('popstate', () => {
    markNavigated();
    void render();
  });
  void render();
}
