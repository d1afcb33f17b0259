import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  linux?: { target?: unknown; category?: string; maintainer?: string };
  win?: { target?: unknown };
  mac?: { target?: unknown; category?: string };
  directories?: { output?: string; buildResources?: string };
  files?: string[];
};

function loadConfig(): Config {
  return parse(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Config;
}

/** electron-builder's own schema, as shipped in node_modules, so the check needs no network. */
function schemaValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  // strict:false because the schema uses a non-standard `typeof` keyword for function-valued hooks.
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
  return ajv.compile(schema);
}

const targetNames = (target: unknown): string[] =>
  (Array.isArray(target) ? target : [target]).map((t) =>
    typeof t === 'string' ? t : String((t as { target?: unknown }).target),
  );

describe('electron-builder.yml', () => {
  const validate = schemaValidator();

  it('is valid against the electron-builder schema', () => {
    const ok = validate(loadConfig());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['an unknown top-level key', (c: Config) => ({ ...c, appIdd: 'typo' })],
    ['an unknown key inside linux', (c: Config) => ({ ...c, linux: { ...c.linux, categroy: 'Office' } })],
    ['a wrong type', (c: Config) => ({ ...c, asar: 'yes please' })],
  ])('the schema check catches %s', (_label, mutate) => {
    expect(validate(mutate(loadConfig()))).toBe(false);
  });

  it('names the app and writes packages to dist/', () => {
    const config = loadConfig();
    expect(config['appId']).toBe('org.researchnotebook.app');
    expect(config['productName']).toBe('Research Notebook');
    expect(config.directories?.output).toBe('dist');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, DMG on macOS', () => {
    const config = loadConfig();
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/\S+ <[^@\s]+@[^@\s]+>/);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('points at an icon that exists and is a 512x512 PNG', () => {
    const icon = loadConfig()['icon'];
    expect(typeof icon).toBe('string');
    const bytes = readFileSync(`${root}${String(icon)}`);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('package.json main points into the packed out/ folder', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { main: string };
    expect(pkg.main.startsWith('out/')).toBe(true);
  });
});
