import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/window/windowOptions';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
  ] as const)('sets webPreferences.%s to %s', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('loads the given preload script', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
  });

  it('stays hidden until the page is ready, on a non-white background', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('opens at a usable size and cannot shrink below the three-pane minimum', () => {
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.height).toBeGreaterThanOrEqual(700);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
  });

  it('returns a fresh object each time, so one window cannot change another', () => {
    const a = createWindowOptions('/p');
    const b = createWindowOptions('/p');
    expect(a).not.toBe(b);
    expect(a.webPreferences).not.toBe(b.webPreferences);
  });
});
