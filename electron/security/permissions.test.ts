import { describe, expect, it, vi } from 'vitest';
import { denyPermissionCheck, denyPermissionRequest } from './permissions';

describe('permission handlers', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('refuses a request for %s', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('reports every permission as not granted', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});
