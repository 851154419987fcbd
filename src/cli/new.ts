/**
 * `npm run new -- <key> [--name "Display Name"] [--auth OAUTH2]`: scaffolds a provider: an entry in
 * content/providers.yaml and a page at content/integrations/<key>.mdx from a template.
 * Refuses a key that is not a valid slug or that already exists (in the metadata or as a page).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { KNOWN_AUTH_MODES, ProviderKeySchema } from '../schemas/provider.ts';
import { scaffoldPage, scaffoldProvider } from './templates.ts';
import { parseProviders } from '../lib/metadata.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, auth: { type: 'string', default: 'OAUTH2' }, root: { type: 'string' } },
});
const key = positionals[0];
if (!key) fail('usage: npm run new -- <provider-key> [--name "Display Name"] [--auth OAUTH2|OAUTH2_CC|API_KEY|BASIC|TWO_STEP]');
const slug = ProviderKeySchema.safeParse(key);
if (!slug.success || key.length > 80) fail(`[InvalidProviderKey] "${key}" is not a valid provider key.\n  Hint: use lowercase letters, digits and single dashes, e.g. "acme-crm".`);
const auth = values.auth!.toUpperCase();
if (!(KNOWN_AUTH_MODES as readonly string[]).includes(auth)) fail(`[InvalidProvider] unknown auth mode "${values.auth}".\n  Hint: one of ${KNOWN_AUTH_MODES.join(', ')}.`);

const root = resolve(values.root ?? process.cwd());
const providersFile = join(root, 'content', 'providers.yaml');
const pageFile = join(root, 'content', 'integrations', `${key}.mdx`);
const yamlText = existsSync(providersFile) ? readFileSync(providersFile, 'utf8') : '';
try {
  const { providers } = parseProviders(yamlText, 'content/providers.yaml');
  if (providers.has(key)) fail(`[ProviderExists] "${key}" already exists in content/providers.yaml.\n  Hint: edit that entry, or choose another key.`);
} catch (e) {
  fail(`content/providers.yaml must be valid before adding a provider:\n${e instanceof Error ? e.message : String(e)}`);
}
if (existsSync(pageFile)) fail(`[ProviderExists] content/integrations/${key}.mdx already exists.\n  Hint: choose another key, or add the metadata by hand.`);

const name = values.name ?? key.split(/[-_.]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
const entry = scaffoldProvider(key, name, auth);
// Round-trip check: the appended text must parse as YAML together with the file.
const next = `${yamlText.replace(/\s*$/, '\n')}\n${entry}`;
if (parseDocument(next).errors.length) fail('internal error: the scaffolded entry does not parse; content/providers.yaml was not changed.');
writeFileSync(providersFile, next);
writeFileSync(pageFile, scaffoldPage(key, name));
console.log(`added "${key}":\n  content/providers.yaml (new entry: fill in URLs and categories)\n  content/integrations/${key}.mdx (fill in the sections)\nRun \`npm run dev\` and open /integrations/${key}/.`);
