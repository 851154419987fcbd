import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { urlOfHtml } from './site-files.ts';

/** What a reader downloads on first load of a built page (compressed sizes in bytes). */

export const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
export const br = (b: Buffer | string) => brotliCompressSync(b).length;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One script of a page: `id` is its src, or `inline:` + its text for inline scripts. */
export interface PageScript { id: string; text: string; gz: number; module: boolean }

export interface Weights { url: string; html: number; css: number; js: number; jsBr: number; total: number; scripts: PageScript[] }

export function weigh(dist: string, file: string): Weights {
  const html = readFileSync(join(dist, file), 'utf8');
  const js: (Buffer | string)[] = [];
  const css: (Buffer | string)[] = [];
  const other: Buffer[] = [];
  let inScript = false;
  let inStyle = false;
  let scriptType = '';
  const scripts: PageScript[] = [];
  const asset = (src: string) => {
    const p = join(dist, src.split(/[?#]/)[0]!);
    return src.startsWith('/') && existsSync(p) ? readFileSync(p) : undefined;
  };
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'script') {
        scriptType = a.type ?? '';
        if (a.src) {
          const b = asset(a.src);
          if (b) {
            js.push(b);
            scripts.push({ id: a.src, text: b.toString('utf8'), gz: gz(b), module: scriptType === 'module' });
          }
        } else inScript = true;
      } else if (name === 'style') inStyle = true;
      else if (name === 'link' && /\bstylesheet\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) css.push(b);
      } else if (name === 'link' && /\b(modulepreload)\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) js.push(b);
      } else if (name === 'link' && /\bicon\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) other.push(b);
      }
    },
    ontext(t) {
      if (inScript && !/json/.test(scriptType)) {
        js.push(t);
        scripts.push({ id: `inline:${t}`, text: t, gz: gz(t), module: scriptType === 'module' });
      }
      if (inStyle) css.push(t);
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
      if (name === 'style') inStyle = false;
    },
  });
  parser.end(html);
  // Inline scripts and styles are already counted inside the HTML's compressed size; count them apart too.
  const jsSize = js.reduce((n, b) => n + gz(b), 0);
  const external = (list: (Buffer | string)[]) => list.filter((b) => Buffer.isBuffer(b)).reduce((n, b) => n + gz(b), 0);
  const total = gz(html) + external(css) + external(js) + other.reduce((n, b) => n + gz(b), 0);
  return { url: urlOfHtml(file), html: gz(html), css: css.reduce((n, b) => n + gz(b), 0), js: jsSize, jsBr: js.reduce((n, b) => n + br(b), 0), total, scripts };
}

