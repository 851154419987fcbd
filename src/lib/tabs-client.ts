/**
 * `<cd-tabs>`: turns its direct children that carry `data-tab-title` (Tab panels, titled code blocks) into
 * an accessible tab set. Picking a tab selects the same title in every group on the page with that title,
 * and remembers it (per set of titles) in localStorage so it sticks across pages.
 */

const STORAGE_PREFIX = 'cd-tab:';
const EVENT = 'cd-tab-select';
let uid = 0;

function storageKey(titles: string[]): string {
  return STORAGE_PREFIX + [...titles].sort().join('|');
}

function remembered(titles: string[]): string | null {
  try {
    return localStorage.getItem(storageKey(titles));
  } catch {
    return null;
  }
}

class CdTabs extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.#panels = [...this.children].filter((c): c is HTMLElement => c instanceof HTMLElement && Boolean(c.dataset.tabTitle));
    if (this.#panels.length === 0) return;
    const list = document.createElement('div');
    list.className = 'tab-list';
    list.setAttribute('role', 'tablist');
    const id = `cd-tabs-${++uid}`;
    this.#tabs = this.#panels.map((panel, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = `${id}-tab-${i}`;
      tab.textContent = panel.dataset.tabTitle ?? `Tab ${i + 1}`;
      panel.id ||= `${id}-panel-${i}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.setAttribute('aria-controls', panel.id);
      tab.addEventListener('click', () => this.choose(i, true));
      tab.addEventListener('keydown', (e) => this.#onKey(e, i));
      list.append(tab);
      return tab;
    });
    this.prepend(list);
    this.dataset.ready = '';
    const saved = remembered(this.titles);
    const start = saved ? this.titles.indexOf(saved) : -1;
    this.select(start >= 0 ? start : 0);
    document.addEventListener(EVENT, (e) => {
      const { title, source } = (e as CustomEvent<{ title: string; source: CdTabs }>).detail;
      if (source === this) return;
      const j = this.titles.indexOf(title);
      if (j >= 0) this.select(j);
    });
  }

  get titles(): string[] {
    return this.#panels.map((p) => p.dataset.tabTitle ?? '');
  }

  /** Shows panel i; with `broadcast`, syncs other groups and remembers the choice. */
  choose(i: number, broadcast: boolean): void {
    this.select(i);
    if (!broadcast) return;
    const title = this.titles[i]!;
    try {
      localStorage.setItem(storageKey(this.titles), title);
    } catch {
      // Storage may be disabled: the choice still applies to this page.
    }
    document.dispatchEvent(new CustomEvent(EVENT, { detail: { title, source: this } }));
  }

  select(i: number): void {
    this.#tabs.forEach((tab, j) => {
      const on = i === j;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.#panels[j]!.hidden = !on;
    });
  }

  #onKey(e: KeyboardEvent, i: number): void {
    const n = this.#tabs.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.choose(next, true);
    this.#tabs[next]!.focus();
  }
}

export function defineTabs(): void {
  if (!customElements.get('cd-tabs')) customElements.define('cd-tabs', CdTabs);
}
