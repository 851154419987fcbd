/** Catalog filters: category, auth mode, capabilities and text, mirrored in the URL query for sharing. */
export function initCatalog(): void {
  const form = document.getElementById('catalog-filters') as HTMLFormElement | null;
  const items = [...document.querySelectorAll<HTMLElement>('#catalog > li')];
  const count = document.getElementById('catalog-count');
  const empty = document.getElementById('catalog-empty');
  if (!form || !count || !empty) return;
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const category = form.elements.namedItem('category') as HTMLSelectElement;
  const auth = form.elements.namedItem('auth') as HTMLSelectElement;
  const caps = [...form.querySelectorAll<HTMLInputElement>('input[name="cap"]')];

  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get('q') ?? '';
    category.value = [...category.options].some((o) => o.value === p.get('category')) ? p.get('category')! : '';
    auth.value = [...auth.options].some((o) => o.value === p.get('auth')) ? p.get('auth')! : '';
    const wanted = p.getAll('cap');
    for (const c of caps) c.checked = wanted.includes(c.value);
  };
  const apply = (push: boolean) => {
    const text = q.value.trim().toLowerCase();
    const wanted = caps.filter((c) => c.checked).map((c) => c.value);
    let shown = 0;
    for (const li of items) {
      const ok =
        (!text || li.dataset.name!.includes(text)) &&
        (!category.value || li.dataset.categories!.split(' ').includes(category.value)) &&
        (!auth.value || li.dataset.auth === auth.value) &&
        wanted.every((w) => li.dataset.caps!.split(' ').includes(w));
      li.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown === items.length ? `${items.length} integrations.` : `${shown} of ${items.length} integrations.`;
    empty.hidden = shown > 0;
    if (push) {
      const p = new URLSearchParams();
      if (text) p.set('q', q.value.trim());
      if (category.value) p.set('category', category.value);
      if (auth.value) p.set('auth', auth.value);
      for (const w of wanted) p.append('cap', w);
      const qs = p.toString();
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    }
  };
  form.addEventListener('input', () => apply(true));
  form.addEventListener('submit', (e) => e.preventDefault());
  addEventListener('popstate', () => {
    fromUrl();
    apply(false);
  });
  fromUrl();
  apply(false);
}
