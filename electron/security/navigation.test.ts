import { describe, expect, it, vi } from 'vitest';
import { handleWindowOpen, shouldAllowNavigation } from './navigation';

const origins = ['app://research-notebook'];

describe('shouldAllowNavigation', () => {
  it.each([
    ['app://research-notebook/index.html', true],
    ['app://research-notebook/other.html', true],
    ['https://example.org/', false],
    ['http://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['about:blank', false],
  ])('%s -> %s', (url, allowed) => {
    expect(shouldAllowNavigation(url, origins)).toBe(allowed);
  });
});

describe('handleWindowOpen', () => {
  it('denies the window but hands a safe link to the system browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://example.org/story', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/story');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://research-notebook/index.html',
    'https://a:b@x.org',
  ])('denies %s without opening anything', (url) => {
    const openExternal = vi.fn();
    expect(handleWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
