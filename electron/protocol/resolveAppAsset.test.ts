import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from './resolveAppAsset';

const root = path.resolve('/srv/app/out/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppAsset', () => {
  it.each([
    ['app://research-notebook/index.html', inRoot('index.html')],
    ['app://research-notebook/', inRoot('index.html')],
    ['app://research-notebook', inRoot('index.html')],
    ['app://research-notebook/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['app://research-notebook/assets/', inRoot('assets', 'index.html')],
    ['app://research-notebook/index.html?x=1#top', inRoot('index.html')],
    ['app://research-notebook/fonts/My%20Font.woff2', inRoot('fonts', 'My Font.woff2')],
    ['app://RESEARCH-NOTEBOOK/index.html', inRoot('index.html')],
    ['app://research-notebook/a/../index.html', inRoot('index.html')],
  ])('serves %s', (url, expected) => {
    expect(resolveAppAsset(root, url)).toBe(expected);
  });

  // The URL parser resolves plain and %2e dot segments itself, clamping them at the root.
  it.each(['app://research-notebook/../../etc/passwd', 'app://research-notebook/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the folder',
    (url) => {
      expect(resolveAppAsset(root, url)).toBe(inRoot('etc', 'passwd'));
    },
  );

  it.each([
    ['encoded slashes', 'app://research-notebook/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslashes', 'app://research-notebook/..%5c..%5cwindows%5cwin.ini'],
    ['a NUL byte', 'app://research-notebook/index.html%00.png'],
    ['broken percent-encoding', 'app://research-notebook/%E0%A4%A'],
    ['another host', 'app://evil.example/index.html'],
    ['another scheme', 'file:///srv/app/out/renderer/index.html'],
    ['http on our host name', 'http://research-notebook/index.html'],
    ['a sibling folder sharing the prefix', 'app://research-notebook/..%2frenderer-secrets/x'],
    ['not a URL', 'research-notebook/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});
