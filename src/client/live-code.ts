import { RUNNER_PATH, type RecordedRequest, type RunContext, type SandboxMessage } from './runner/protocol.ts';

/**
 * Runnable code blocks (`<live-code>`, src/components/live/LiveCode.astro). On the first Run, one sandboxed
 * iframe is created for the page (`sandbox="allow-scripts"`, opaque origin, CSP allowing only the runner script:
 * no network, no access to this page, its storage or cookies); code is posted to it and the recorded request and
 * console come back. A run that does not finish in time gets the sandbox thrown away and a clear message.
 * Everything shown is set as text, never as HTML.
 */

const TIME_LIMIT_MS = 5000;
const LOAD_LIMIT_MS = 10000;

let frame: HTMLIFrameElement | undefined;
let ready: Promise<HTMLIFrameElement> | undefined;
const runs = new Map<string, (msg: SandboxMessage) => void>();
let onReady: (() => void) | undefined;
let counter = 0;

window.addEventListener('message', (event: MessageEvent<SandboxMessage>) => {
  if (!frame || event.source !== frame.contentWindow || typeof event.data !== 'object' || event.data === null) return;
  const msg = event.data;
  if (msg.type === 'ready') onReady?.();
  else runs.get(msg.id)?.(msg);
});

function resetSandbox(): void {
  frame?.remove();
  frame = undefined;
  ready = undefined;
}

function sandbox(): Promise<HTMLIFrameElement> {
  ready ??= new Promise<HTMLIFrameElement>((resolve, reject) => {
    const src = new URL(RUNNER_PATH, location.href).href;
    const f = document.createElement('iframe');
    f.setAttribute('sandbox', 'allow-scripts');
    f.setAttribute('aria-hidden', 'true');
    f.tabIndex = -1;
    f.title = 'Example runner (sandboxed)';
    f.hidden = true;
    f.srcdoc = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${src} 'unsafe-eval'"><script src="${src}"></script>`;
    const timer = setTimeout(() => {
      resetSandbox();
      reject(new Error(`the example runner did not load (${RUNNER_PATH}); reload the page and try again`));
    }, LOAD_LIMIT_MS);
    onReady = () => {
      clearTimeout(timer);
      onReady = undefined;
      resolve(f);
    };
    frame = f;
    document.body.append(f);
  });
  return ready;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function renderRequest(req: RecordedRequest, ctx: RunContext): HTMLElement {
  const box = el('section', undefined, 'live-request');
  box.setAttribute('aria-label', `Request: ${req.method} ${req.url}`);
  box.append(el('p', req.via === 'proxy' ? 'Request to the Nango proxy' : `Request ${ctx.providerName} receives (through Nango)`, 'live-heading'));
  box.append(el('code', `${req.method} ${req.url}`, 'live-request-line'));
  if (req.headers.length) {
    const table = el('table');
    table.append(el('caption', 'Headers', 'visually-hidden'));
    for (const [name, value] of req.headers) {
      const row = el('tr');
      const th = el('th', name);
      th.scope = 'row';
      row.append(th, el('td', value));
      table.append(row);
    }
    box.append(table);
  }
  if (req.body) box.append(el('pre', req.body));
  if (req.notes.length) {
    const ul = el('ul');
    for (const n of req.notes) ul.append(el('li', n));
    box.append(ul);
  }
  return box;
}

class LiveCode extends HTMLElement {
  #running = false;

  connectedCallback(): void {
    const original = this.textarea.value;
    this.querySelector('[data-run]')?.addEventListener('click', () => void this.run());
    const edit = this.querySelector<HTMLButtonElement>('[data-edit]')!;
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    edit.addEventListener('click', () => this.editing(edit.getAttribute('aria-pressed') !== 'true'));
    reset.addEventListener('click', () => {
      this.textarea.value = original;
      reset.hidden = true;
      this.editing(false);
    });
    this.textarea.addEventListener('input', () => (reset.hidden = this.textarea.value === original));
    this.textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
  }

  get textarea(): HTMLTextAreaElement {
    return this.querySelector('textarea')!;
  }

  /** While editing, the textarea replaces the highlighted block (the figure right before this element). */
  editing(on: boolean): void {
    const figure = this.previousElementSibling as HTMLElement | null;
    this.querySelector('[data-edit]')!.setAttribute('aria-pressed', String(on));
    (this.querySelector('.live-editor') as HTMLElement).hidden = !on;
    if (figure?.classList.contains('code-block')) figure.hidden = on;
    if (on) this.textarea.focus();
  }

  async run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const state = this.querySelector<HTMLElement>('.live-state')!;
    const output = this.querySelector<HTMLElement>('.live-output')!;
    const requests = this.querySelector<HTMLElement>('.live-requests')!;
    const consoleWrap = this.querySelector<HTMLElement>('.live-console-wrap')!;
    const consoleEl = this.querySelector<HTMLElement>('.live-console')!;
    const context = JSON.parse(this.dataset.context ?? '{}') as RunContext;
    requests.replaceChildren();
    consoleEl.replaceChildren();
    consoleWrap.hidden = true;
    output.hidden = true;
    state.removeAttribute('data-ok');
    state.textContent = 'Running…';
    const finish = (ok: boolean, text: string) => {
      state.dataset.ok = String(ok);
      state.textContent = text;
      output.hidden = !requests.childElementCount && consoleWrap.hidden;
      this.#running = false;
    };
    let iframe: HTMLIFrameElement;
    try {
      iframe = await sandbox();
    } catch (e) {
      finish(false, `Could not run: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const id = `run-${++counter}`;
    const timer = setTimeout(() => {
      runs.delete(id);
      resetSandbox();
      finish(false, `Stopped: the example did not finish within ${TIME_LIMIT_MS / 1000} s (an endless loop, or a promise that never settles). The sandbox was reset.`);
    }, TIME_LIMIT_MS);
    runs.set(id, (msg) => {
      if (msg.type === 'request') {
        requests.append(renderRequest(msg.request, context));
        output.hidden = false;
      } else if (msg.type === 'console') {
        consoleEl.append(el('span', `${msg.text}\n`, msg.level));
        consoleWrap.hidden = false;
        output.hidden = false;
      } else if (msg.type === 'done') {
        clearTimeout(timer);
        runs.delete(id);
        const where = msg.error?.line ? ` (line ${msg.error.line}${msg.error.column ? `, column ${msg.error.column}` : ''})` : '';
        const took = `${Math.round(msg.durationMs)} ms`;
        finish(msg.ok, msg.ok ? `Finished in ${took}.` : `${msg.error?.name ?? 'Error'}${where}: ${msg.error?.message ?? 'the example failed'}`);
      }
    });
    iframe.contentWindow?.postMessage({ type: 'run', id, code: this.textarea.value, context }, '*');
  }
}

export function defineLiveCode(): void {
  if (!customElements.get('live-code')) customElements.define('live-code', LiveCode);
}
