import { describe, expect, it } from 'vitest';
import { runCode, formatArgs, BufferShim } from '../../src/client/runner/execute.ts';
import { maskHeaders, maskSecret } from '../../src/client/runner/mask.ts';
import type { RecordedRequest, RunContext, SandboxMessage } from '../../src/client/runner/protocol.ts';

const checkr: RunContext = {
  provider: 'checkr-partner-staging',
  providerName: 'Checkr Partner (Staging)',
  authMode: 'OAUTH2',
  providerBaseUrl: 'https://api.checkr-staging.com',
  proxyBaseUrl: 'https://api.nango.dev',
};

async function run(code: string, context: RunContext = checkr) {
  const messages: SandboxMessage[] = [];
  await runCode(code, context, (m) => messages.push(m), 'run-1');
  const requests = messages.flatMap((m) => (m.type === 'request' ? [m.request] : []));
  const logs = messages.flatMap((m) => (m.type === 'console' ? [`${m.level}: ${m.text}`] : []));
  const done = messages.at(-1);
  if (done?.type !== 'done') throw new Error('last message is not done');
  expect(messages.every((m) => m.type === 'ready' || m.id === 'run-1')).toBe(true);
  return { messages, requests, logs, done };
}

const header = (request: RecordedRequest | undefined, name: string) => request?.headers.find(([n]) => n === name)?.[1];

const checkrGotcha = `
        const connection = await nango.getConnection();
        let access_token: string;
        if ('access_token' in connection.credentials) {
            access_token = connection.credentials.access_token;
        } else {
            throw new nango.ActionError({
                message: \`access_token is missing\`
            });
        }
        const config = {
            endpoint: '/v1/account',
            headers: {
                Authorization: 'Basic ' + Buffer.from(access_token + ':').toString('base64')
            }
        }

        const response = await nango.get(config);
`;

describe('example runner', () => {
  it('records the Checkr gotcha: token as Basic user name, empty password', async () => {
    const { requests, done } = await run(checkrGotcha);
    expect(done).toMatchObject({ ok: true });
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req).toMatchObject({ via: 'provider', method: 'GET', url: 'https://api.checkr-staging.com/v1/account' });
    const auth = header(req, 'Authorization');
    expect(auth).toMatch(/^Basic /);
    expect(auth).toBe(`Basic ${maskSecret(btoa('mock_access_token_f3a9c2:'))}`);
    expect(auth).not.toContain(btoa('mock_access_token_f3a9c2:'));
    const note = req?.notes.find((n) => n.startsWith('Basic credentials decode to'));
    expect(note).toBe('Basic credentials decode to "mock•••••:" (user name, empty password)');
    expect(/"([^"]*)"/.exec(note ?? '')?.[1]).toMatch(/:$/);
    // The code set Authorization itself, so Nango's own header is not added.
    expect(req?.headers.filter(([n]) => n.toLowerCase() === 'authorization')).toHaveLength(1);
    expect(JSON.stringify(requests)).not.toContain('mock_access_token_f3a9c2');
  });

  it('records an @nangohq/node proxy call and logs the fixture', async () => {
    const { requests, logs, done } = await run(`import { Nango } from '@nangohq/node';
const nango = new Nango({ secretKey: 'sk_live_123456' });
const res = await nango.get({ endpoint: '/v1/users', providerConfigKey: 'github', connectionId: 'c1', params: { limit: 10 } });
console.log(res.data);`);
    expect(done).toMatchObject({ ok: true });
    const [req] = requests;
    expect(req).toMatchObject({ via: 'proxy', method: 'GET', url: 'https://api.nango.dev/proxy/v1/users?limit=10' });
    expect(header(req, 'Authorization')).toBe('Bearer sk_l•••••');
    expect(header(req, 'Provider-Config-Key')).toBe('github');
    expect(header(req, 'Connection-Id')).toBe('c1');
    expect(logs).toHaveLength(1);
    expect(JSON.parse(logs[0]!.replace(/^log: /, ''))).toMatchObject({ id: 'mock_1', endpoint: '/v1/users' });
    expect(logs[0]).toContain('\n  "id": "mock_1"');
  });

  it('forwards custom headers as Nango-Proxy-* and masks secret ones; POST bodies are pretty JSON', async () => {
    const { requests } = await run(`const { Nango } = require('@nangohq/node');
const client = new Nango({ secretKey: 'sk_test_abcdef', host: 'https://nango.example.com/' });
await client.post({ endpoint: 'items', providerConfigKey: 'p', connectionId: 'c', headers: { 'X-Api-Key': 'abcdefgh', 'X-Trace': 't1' }, data: { a: 1 } });`);
    const [req] = requests;
    expect(req?.url).toBe('https://nango.example.com/proxy/items');
    expect(req?.method).toBe('POST');
    expect(header(req, 'Nango-Proxy-X-Api-Key')).toBe('abcd•••••');
    expect(header(req, 'Nango-Proxy-X-Trace')).toBe('t1');
    expect(header(req, 'Content-Type')).toBe('application/json');
    expect(req?.body).toBe('{\n  "a": 1\n}');
  });

  it('fails like the real SDK when connectionId is missing', async () => {
    const { done, requests } = await run(`import { Nango } from '@nangohq/node';
await new Nango({ secretKey: 'x' }).get({ endpoint: '/a', providerConfigKey: 'p' });`);
    expect(requests).toHaveLength(0);
    expect(done).toMatchObject({ ok: false, error: { name: 'Error', message: 'connectionId is missing and is required to make a proxy call!' } });
  });

  it('adds the Authorization Nango would add when the script passes none', async () => {
    const basic = { ...checkr, authMode: 'BASIC' };
    const { requests } = await run(`await nango.get({ endpoint: '/v1/me', params: 'a=1' });`, basic);
    const [req] = requests;
    expect(req?.url).toBe('https://api.checkr-staging.com/v1/me?a=1');
    expect(header(req, 'Authorization')).toMatch(/^Basic /);
    expect(req?.notes).toContain("Authorization added by Nango from the connection's credentials (auth mode BASIC)");
    expect(req?.notes).toContain('Basic credentials decode to "mock•••••:mock•••••" (user name, password)');

    const oauth = await run(`await nango.post({ endpoint: '/x', data: [1], baseUrlOverride: 'https://\${connectionConfig.subdomain}.example.com' });`);
    expect(oauth.requests[0]?.url).toBe('https://${connectionConfig.subdomain}.example.com/x');
    expect(header(oauth.requests[0], 'Authorization')).toBe('Bearer mock•••••');
  });

  it('supports paginate, batchSave and nango.log', async () => {
    const { logs, requests, done } = await run(`for await (const page of nango.paginate({ endpoint: '/items' })) { await nango.batchSave(page, 'Item'); }
nango.log('done', 2);`);
    expect(done.ok).toBe(true);
    expect(requests).toHaveLength(1);
    expect(logs).toEqual(['log: batchSave: 1 Item record(s)', 'log: done 2']);
  });

  it('formats console output roughly like Node', async () => {
    expect(formatArgs(['a', 1, { b: [1, 2] }, null, undefined, true])).toBe('a 1 {\n  "b": [\n    1,\n    2\n  ]\n} null undefined true');
    expect(formatArgs([new TypeError('bad')])).toBe('TypeError: bad');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(formatArgs([circular])).toBe('[object Object]');
    const { logs } = await run(`console.warn('w', [1]); console.error(new Error('e')); console.info(new URL('https://x.test/a?b=1').searchParams.get('b'));`);
    expect(logs).toEqual(['warn: w [\n  1\n]', 'error: Error: e', 'info: 1']);
  });

  it('reports syntax errors with 1-based line and column', async () => {
    const { done, messages } = await run('const a = 1;\n  let b: = 3;\n');
    expect(messages).toHaveLength(1);
    expect(done).toMatchObject({ ok: false, error: { name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 10 } });
  });

  it('reports a thrown ActionError with its payload', async () => {
    const { done } = await run(`import { ActionError } from 'nango';
throw new ActionError({ message: 'nope' });`);
    expect(done).toMatchObject({ ok: false, error: { name: 'ActionError', message: '{"message":"nope"}' } });
    const viaNango = await run(`throw new nango.ActionError({ message: 'x' });`);
    expect(viaNango.done).toMatchObject({ ok: false, error: { name: 'ActionError', message: '{"message":"x"}' } });
  });

  it('explains unknown modules', async () => {
    const { done } = await run(`import axios from 'axios';\nawait axios.get('https://example.com');`);
    expect(done).toMatchObject({
      ok: false,
      error: { message: 'Module "axios" is not available in the example runner: only @nangohq/node and nango are mocked' },
    });
  });

  it('blocks fetch', async () => {
    const { done, requests } = await run(`await fetch('https://example.com');`);
    expect(requests).toHaveLength(0);
    expect(done.ok).toBe(false);
    expect(done.type === 'done' && done.error?.message).toMatch(/network access/);
  });

  it('has a Buffer shim with utf8/base64/hex', async () => {
    expect(BufferShim.from('héllo:').toString('base64')).toBe(btoa(String.fromCharCode(...new TextEncoder().encode('héllo:'))));
    expect(BufferShim.from(BufferShim.from('héllo:').toString('base64'), 'base64').toString()).toBe('héllo:');
    expect(BufferShim.from('ab').toString('hex')).toBe('6162');
    expect(BufferShim.from('é').length).toBe(2);
    const { logs } = await run(`console.log(Buffer.from(Buffer.from('user:pw').toString('base64'), 'base64').toString('utf8'), process.env.X);`);
    expect(logs).toEqual(['log: user:pw undefined']);
  });
});

describe('maskHeaders', () => {
  it('masks secrets and keeps everything else', () => {
    expect(maskSecret('abcd')).toBe('•••••');
    expect(maskSecret('abcde')).toBe('abcd•••••');
    const { headers, notes } = maskHeaders({
      Authorization: 'Bearer sk_live_123',
      'x-api-key': 'key_123456',
      'Nango-Proxy-X-Api-Key': 'key_abcdef',
      'X-Auth-Token': 'tok',
      'Set-Cookie': 'session=abcdef',
      'Provider-Config-Key': 'github',
      Accept: 'application/json',
    });
    expect(headers).toEqual([
      ['Authorization', 'Bearer sk_l•••••'],
      ['x-api-key', 'key_•••••'],
      ['Nango-Proxy-X-Api-Key', 'key_•••••'],
      ['X-Auth-Token', '•••••'],
      ['Set-Cookie', 'sess•••••'],
      ['Provider-Config-Key', 'github'],
      ['Accept', 'application/json'],
    ]);
    expect(notes).toEqual([]);
  });

  it('decodes Basic credentials into a masked note', () => {
    expect(maskHeaders({ Authorization: `Basic ${btoa('token_123:')}` })).toEqual({
      headers: [['Authorization', `Basic ${maskSecret(btoa('token_123:'))}`]],
      notes: ['Basic credentials decode to "toke•••••:" (user name, empty password)'],
    });
    expect(maskHeaders({ authorization: `Basic ${btoa('no-colon')}` }).notes[0]).toContain('no ":"');
    expect(maskHeaders({ Authorization: 'Basic !!!' }).notes[0]).toContain('not valid base64');
  });
});
