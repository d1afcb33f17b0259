import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../electron/security/csp';

const root = fileURLToPath(new URL('../../', import.meta.url));

function metaPolicy(html: string): string {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag ? /content=(["'])(.*?)\1/is.exec(tag)?.[2] : undefined;
  if (!content) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return content;
}

describe('security policy across the app', () => {
  it('the CSP header matches the meta policy in renderer/index.html', () => {
    const html = readFileSync(`${root}renderer/index.html`, 'utf8');
    expect(parseCsp(CONTENT_SECURITY_POLICY)).toEqual(parseCsp(metaPolicy(html)));
  });

  it('the CSP never allows inline or evaluated script', () => {
    const script = parseCsp(CONTENT_SECURITY_POLICY).get('script-src') ?? [];
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('default-src')).toEqual(["'none'"]);
  });

  it('the preload bundles to CommonJS that requires nothing but electron (it runs sandboxed)', async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      ssr: { noExternal: true },
      build: {
        ssr: `${root}electron/preload.ts`,
        write: false,
        minify: false,
        rolldownOptions: { external: ['electron'], output: { format: 'cjs' } },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    const code = outputs
      .flatMap((o) => ('output' in o ? o.output : []))
      .map((chunk) => ('code' in chunk ? chunk.code : ''))
      .join('\n');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toContain('process.env');
    // zod stays out: the preload must stay small and carry no validation logic of its own.
    expect(code).not.toMatch(/zod/i);
    expect(code).toContain('exposeInMainWorld("api"');
  });
});
