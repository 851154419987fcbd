/**
 * The site's only script on most pages (a few KB): theme choice, copy buttons, "copy page as Markdown",
 * the mobile menu, the table of contents highlight and the search dialog. Every feature enhances HTML
 * that already works without JavaScript.
 */

type Theme = 'light' | 'dark' | 'system';
const THEME_KEY = 'cd-theme';

function applyTheme(choice: Theme): void {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function storedTheme(): Theme {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

function initTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.value = storedTheme();
  select.addEventListener('change', () => {
    const choice = select.value as Theme;
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
    applyTheme(choice);
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (storedTheme() === 'system') applyTheme('system');
  });
}

async function copyText(button: HTMLElement, text: () => Promise<string> | string): Promise<void> {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(await text());
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = label), 1500);
}

function initCopy(): void {
  document.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    const code = target?.closest<HTMLElement>('[data-copy]');
    if (code) {
      const pre = code.closest('figure')?.querySelector('pre');
      if (pre) void copyText(code, () => pre.innerText.replace(/\n$/, ''));
      return;
    }
    const md = target?.closest<HTMLElement>('[data-copy-md]');
    if (md) void copyText(md, async () => (await fetch(md.dataset.copyMd!)).text());
  });
}

function initMenu(): void {
  const toggle = document.querySelector<HTMLAnchorElement>('[data-menu-toggle]');
  const sidebar = document.getElementById('sidebar');
  if (!toggle || !sidebar) return;
  const set = (open: boolean) => {
    document.body.classList.toggle('menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) sidebar.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
  };
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-controls', 'sidebar');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', (e) => {
    e.preventDefault();
    set(!document.body.classList.contains('menu-open'));
  });
  sidebar.querySelector('[data-menu-close]')?.addEventListener('click', (e) => {
    e.preventDefault();
    set(false);
    toggle.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('menu-open')) {
      set(false);
      toggle.focus();
    }
  });
}

function initToc(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  if (!links.length) return;
  const targets = links.map((l) => document.getElementById(decodeURIComponent(l.hash.slice(1)))).filter((t): t is HTMLElement => Boolean(t));
  const update = () => {
    let current = targets[0];
    for (const t of targets) if (t.getBoundingClientRect().top < 120) current = t;
    for (const l of links) l.setAttribute('aria-current', String(decodeURIComponent(l.hash.slice(1)) === current?.id));
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  update();
}

interface PagefindResult { url: string; excerpt: string; meta: { title?: string }; sub_results?: { title: string; url: string; excerpt: string }[] }
interface Pagefind { search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>; options?(o: object): Promise<void> }

function initSearch(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!dialog || !input || !list || !status) return;
  let pagefind: Promise<Pagefind> | undefined;
  let active = -1;
  let seq = 0;

  const load = () => (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>);
  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.select();
    void load();
  };
  const items = () => [...list.querySelectorAll<HTMLLIElement>('li')];
  const select = (i: number) => {
    const all = items();
    if (!all.length) return;
    active = (i + all.length) % all.length;
    all.forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  };

  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    trigger.addEventListener('click', (e) => {
      e.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !dialog.open)) {
      e.preventDefault();
      open();
    }
  });
  input.addEventListener('keydown', (e) => {
    // A search input swallows Escape (it clears the text); close the dialog as readers expect.
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
      return;
    }
    if (e.key === 'ArrowDown') select(active + 1);
    else if (e.key === 'ArrowUp') select(active - 1);
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      items()[active]?.querySelector('a')?.click();
      return;
    } else return;
    e.preventDefault();
  });
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    status.textContent = 'Searching...';
    try {
      const pf = await load();
      const found = await pf.search(q);
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      if (mine !== seq) return;
      list.replaceChildren(
        ...data.map((d, i) => {
          const li = document.createElement('li');
          li.id = `search-result-${i}`;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          const sub = d.sub_results?.find((s) => s.url !== d.url);
          const a = document.createElement('a');
          a.href = sub?.url ?? d.url;
          const title = document.createElement('span');
          title.className = 'r-title';
          title.textContent = d.meta.title ?? d.url;
          a.append(title);
          if (sub) {
            const section = document.createElement('span');
            section.className = 'r-section';
            section.textContent = sub.title;
            a.append(section);
          }
          const excerpt = document.createElement('span');
          excerpt.className = 'r-excerpt';
          // Pagefind's excerpt is escaped text with <mark> highlights only.
          excerpt.innerHTML = sub?.excerpt ?? d.excerpt;
          a.append(excerpt);
          li.append(a);
          return li;
        }),
      );
      active = -1;
      input.setAttribute('aria-expanded', String(data.length > 0));
      status.textContent = data.length ? `${found.results.length} result${found.results.length === 1 ? '' : 's'}` : `No result for "${q}"`;
      if (data.length) select(0);
    } catch {
      if (mine === seq) status.textContent = 'Search is not available (the index is built by `npm run build`).';
    }
  });
}

initTheme();
initCopy();
initMenu();
initToc();
initSearch();
