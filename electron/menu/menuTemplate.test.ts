import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from './menuTemplate';

function actions() {
  return {
    importFiles: vi.fn<() => void>(),
    openNotebook: vi.fn<() => void>(),
    newNote: vi.fn<() => void>(),
    find: vi.fn<() => void>(),
    showNotebookFolder: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const env = { isMac: false, isDev: false, appName: 'Research Notebook' };

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window, Help in that order (plus the app menu on macOS)', () => {
    expect(buildMenuTemplate(actions(), env).map((m) => m.label ?? m.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(buildMenuTemplate(actions(), { ...env, isMac: true })[0]?.label).toBe('Research Notebook');
  });

  it.each([
    ['Import…', 'CmdOrCtrl+O', 'importFiles'],
    ['Open Notebook…', 'CmdOrCtrl+Shift+O', 'openNotebook'],
    ['New Note', 'CmdOrCtrl+N', 'newNote'],
    ['Find', 'CmdOrCtrl+F', 'find'],
  ] as const)('%s has %s and runs %s', (label, accelerator, action) => {
    const a = actions();
    const item = flatten(buildMenuTemplate(a, env)).find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    item?.click?.({} as never, undefined, {});
    expect(a[action]).toHaveBeenCalledOnce();
  });

  it('has no duplicate accelerators', () => {
    const keys = flatten(buildMenuTemplate(actions(), { ...env, isDev: true }))
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('offers the standard edit roles', () => {
    const roles = flatten(buildMenuTemplate(actions(), env)).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const)
      expect(roles).toContain(role);
  });

  it('shows reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      flatten(buildMenuTemplate(actions(), { ...env, isDev })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('offers Quit on every platform', () => {
    for (const isMac of [false, true]) {
      const roles = flatten(buildMenuTemplate(actions(), { ...env, isMac })).map((i) => i.role);
      expect(roles).toContain('quit');
    }
  });
});
