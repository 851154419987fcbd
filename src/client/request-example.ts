/**
 * `<request-example>`: fills the reader's values into every tab as they type, computes the Basic header in the
 * browser, copies the filled-in code, and sends the request to the proxy the reader configured.
 * Privacy: values live in memory; they are written to localStorage only while "remember on this device" is
 * ticked (unticking erases them), and a request goes only to the URL shown in the settings.
 */
import { encodeBase64 } from './runner/mask.ts';

const STORE = 'cd-request-example';
const FIELDS = ['secret', 'integration', 'connection', 'token', 'proxyBase'] as const;
type Field = (typeof FIELDS)[number];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pretty-printed JSON with token classes (keys, strings, numbers, literals), escaped. */
export function highlightJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return escapeHtml(text).replace(/(&quot;|")((?:\\.|[^"\\])*?)\1(\s*:)?|\b(true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (m, _q, _s, colon: string | undefined, lit: string | undefined) => {
    if (lit) return `<span class="j-lit">${m}</span>`;
    if (m.startsWith('"')) return colon ? `<span class="j-key">${m.slice(0, -colon.length)}</span>${colon}` : `<span class="j-str">${m}</span>`;
    return `<span class="j-num">${m}</span>`;
  });
}

class RequestExample extends HTMLElement {
  #form!: HTMLFormElement;
  #result!: HTMLElement;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    const form = this.querySelector<HTMLFormElement>('form.rx-form');
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (!form || !result) return;
    this.#form = form;
    this.#result = result;
    this.dataset.ready = '';
    this.#restore();
    form.addEventListener('input', () => this.#update());
    form.addEventListener('change', () => this.#update());
    form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-send]')?.addEventListener('click', () => void this.#send());
    this.#update();
  }

  #input(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  }

  #value(name: string): string {
    return this.#input(name)?.value.trim() ?? '';
  }

  get mode(): 'proxy' | 'direct' {
    return (this.#form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value as 'proxy' | 'direct') ?? 'proxy';
  }

  #restore(): void {
    let saved: Partial<Record<Field, string>> | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(STORE) ?? 'null') ?? undefined;
    } catch {
      saved = undefined;
    }
    if (!saved) return;
    (this.#input('remember') as HTMLInputElement).checked = true;
    for (const f of FIELDS) {
      const el = this.#input(f);
      if (el && saved[f]) el.value = saved[f]!;
    }
  }

  #persist(): void {
    try {
      if ((this.#input('remember') as HTMLInputElement | null)?.checked) {
        const data = Object.fromEntries(FIELDS.map((f) => [f, this.#value(f)]).filter(([, v]) => v));
        localStorage.setItem(STORE, JSON.stringify(data));
      } else localStorage.removeItem(STORE);
    } catch {
      // Storage disabled: nothing is kept, which is the private default anyway.
    }
  }

  #update(): void {
    const show = (this.#input('show') as HTMLInputElement | null)?.checked ?? false;
    for (const name of ['secret', 'token']) {
      const el = this.#input(name);
      if (el instanceof HTMLInputElement) el.type = show ? 'text' : 'password';
    }
    const mode = this.mode;
    for (const el of this.querySelectorAll<HTMLElement>('[data-mode]')) el.toggleAttribute('data-active', el.dataset.mode === mode);
    for (const el of this.querySelectorAll<HTMLElement>('[data-for-mode]')) el.toggleAttribute('data-active', el.dataset.forMode === mode);
    const token = this.#value('token');
    const values: Record<string, string> = {
      secret: this.#value('secret'),
      integration: this.#value('integration'),
      connection: this.#value('connection'),
      token,
      basic: token ? encodeBase64(`${token}:`) : '',
      endpoint: this.#value('endpoint') || this.dataset.endpoint || '/',
      method: this.#value('method') || this.dataset.method || 'GET',
      proxyBase: (this.#value('proxyBase') || this.dataset.proxyBase || '').replace(/\/$/, ''),
    };
    for (const span of this.querySelectorAll<HTMLElement>('[data-ph]')) {
      const v = values[span.dataset.ph!];
      span.textContent = v || span.dataset.default || '';
    }
    this.#persist();
  }

  async #send(): Promise<void> {
    const out = this.#result;
    out.hidden = false;
    const endpoint = this.#value('endpoint') || this.dataset.endpoint || '/';
    const method = this.#value('method') || 'GET';
    const timeout = Math.max(1, Number(this.#value('timeout')) || Number(this.dataset.timeout) || 15) * 1000;
    if (this.mode !== 'proxy') {
      out.innerHTML = '<p class="rx-error">Send works through the proxy: browsers block most direct calls to provider APIs (CORS), and your token would leave this page for the provider. Copy the code to run it directly.</p>';
      return;
    }
    let url: URL;
    try {
      url = new URL(`${(this.#value('proxyBase') || this.dataset.proxyBase!).replace(/\/$/, '')}/proxy${endpoint.startsWith('/') ? endpoint : `/${endpoint}`}`);
    } catch {
      out.innerHTML = '<p class="rx-error">The proxy base URL is not a valid URL.</p>';
      return;
    }
    const missing = [['secret', 'secret key'], ['integration', 'integration ID'], ['connection', 'connection ID']].filter(([f]) => !this.#value(f!)).map(([, l]) => l);
    if (missing.length) {
      out.innerHTML = `<p class="rx-error">Fill in the ${escapeHtml(missing.join(', '))} first.</p>`;
      return;
    }
    out.innerHTML = `<p>Sending ${escapeHtml(method)} ${escapeHtml(url.href)}...</p>`;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${this.#value('secret')}`, 'Provider-Config-Key': this.#value('integration'), 'Connection-Id': this.#value('connection') },
        signal: AbortSignal.timeout(timeout),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      const err = e as Error;
      const why =
        err.name === 'TimeoutError'
          ? `No answer within ${timeout / 1000} s (timeout). Is the proxy reachable? You can raise the timeout in the proxy settings.`
          : `The request did not complete: a network error, or the proxy does not allow requests from this site (CORS). Check the proxy base URL, or run the cURL version.`;
      out.innerHTML = `<p class="rx-error">${escapeHtml(why)}</p>`;
      return;
    }
    const ms = Math.round(performance.now() - started);
    const text = await res.text();
    let body: string;
    try {
      body = `<pre><code>${highlightJson(JSON.parse(text))}</code></pre>`;
    } catch {
      body = `<pre><code>${escapeHtml(text)}</code></pre>`;
    }
    const long = text.length > 4000 || text.split('\n').length > 60;
    const headers = [...res.headers].map(([k, v]) => `<li><code>${escapeHtml(k)}</code>: ${escapeHtml(v)}</li>`).join('');
    const status = res.ok ? '' : `<p class="rx-error">The proxy answered ${res.status}${res.status === 401 || res.status === 403 ? ': check the secret key and ids.' : res.status === 404 ? ': check the endpoint and integration ID.' : res.status >= 500 ? ': the proxy or the provider failed.' : '.'}</p>`;
    out.innerHTML = `${status}<p class="rx-status"><strong data-status>${res.status} ${escapeHtml(res.statusText)}</strong> in <span data-duration>${ms}</span> ms</p>
      <details class="rx-headers"><summary>Response headers (${res.headers ? [...res.headers].length : 0})</summary><ul>${headers}</ul></details>
      ${long ? `<details class="rx-body"><summary>Response body (${text.length} characters)</summary>${body}</details>` : body}`;
  }
}

export function defineRequestExample(): void {
  if (!customElements.get('request-example')) customElements.define('request-example', RequestExample);
}
