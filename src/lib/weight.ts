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

/** A piece of a page: an inline script or style (`external: false`), or a file it loads. */
interface Part { text: string; gz: number; br: number; external: boolean }

/** Files the pages load, read and compressed once per process (every page shares the shell's). */
const assets = new Map<string, Part | undefined>();
const inlineParts = new Map<string, Part>();

function assetPart(dist: string, src: string): Part | undefined {
  const p = join(dist, src.split(/[?#]/)[0]!);
  if (!assets.has(p)) {
    const b = src.startsWith('/') && existsSync(p) ? readFileSync(p) : undefined;
    assets.set(p, b && { text: b.toString('utf8'), gz: gz(b), br: br(b), external: true });
  }
  return assets.get(p);
}

function inlinePart(text: string): Part {
  let part = inlineParts.get(text);
  if (!part) inlineParts.set(text, (part = { text, gz: gz(text), br: br(text), external: false }));
  return part;
}

/** Weighs the built page `file` under `dist` (its HTML is read unless given). */
export function weigh(dist: string, file: string, html = readFileSync(join(dist, file), 'utf8')): Weights {
  const js: Part[] = [];
  const css: Part[] = [];
  const other: Part[] = [];
  let inScript = false;
  let inStyle = false;
  let scriptType = '';
  const scripts: PageScript[] = [];
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'script') {
        scriptType = a.type ?? '';
        if (a.src) {
          const part = assetPart(dist, a.src);
          if (part) {
            js.push(part);
            scripts.push({ id: a.src, text: part.text, gz: part.gz, module: scriptType === 'module' });
          }
        } else inScript = true;
      } else if (name === 'style') inStyle = true;
      else if (name === 'link' && a.href) {
        const rel = a.rel ?? '';
        const list = /\bstylesheet\b/.test(rel) ? css : /\bmodulepreload\b/.test(rel) ? js : /\bicon\b/.test(rel) ? other : undefined;
        const part = list && assetPart(dist, a.href);
        if (part) list!.push(part);
      }
    },
    ontext(t) {
      if (inScript && !/json/.test(scriptType)) {
        const part = inlinePart(t);
        js.push(part);
        scripts.push({ id: `inline:${t}`, text: t, gz: part.gz, module: scriptType === 'module' });
      }
      if (inStyle) css.push(inlinePart(t));
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
      if (name === 'style') inStyle = false;
    },
  });
  parser.end(html);
  const sum = (list: Part[], size: (p: Part) => number = (p) => p.gz) => list.reduce((n, p) => n + size(p), 0);
  const htmlGz = gz(html);
  // Inline scripts and styles are already inside the HTML's compressed size: the first load counts only the
  // files; the CSS and JS figures count both.
  const total = htmlGz + sum(css.filter((p) => p.external)) + sum(js.filter((p) => p.external)) + sum(other);
  return { url: urlOfHtml(file), html: htmlGz, css: sum(css), js: sum(js), jsBr: sum(js, (p) => p.br), total, scripts };
}

