import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** True for absolute http(s) links without embedded credentials: the only links notes may hold. */
export function isWebUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  try {
    const parsed = new URL(url.trim());
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      parsed.hostname !== '' &&
      !parsed.username &&
      !parsed.password
    );
  } catch {
    return false;
  }
}

/** Whether typed or pasted text should become a link: web addresses, never e-mail or other schemes. */
export function shouldAutoLinkText(text: string): boolean {
  if (/^https?:\/\//i.test(text)) return true;
  return !text.includes('@') && !/^[a-z][a-z0-9+.-]*:/i.test(text);
}

/**
 * Opens a link outside the app. In Electron the main process turns window.open into the system
 * browser (and never a new app window); on the web host it is a new tab without an opener.
 */
export function openExternalLink(url: string): boolean {
  if (!isWebUrl(url)) return false;
  window.open(url.trim(), '_blank', 'noopener,noreferrer');
  return true;
}

/** Ctrl/⌘-click opens a link (a plain click places the caret); in a read-only note any click does. */
export const ExternalLinkClicks = Extension.create({
  name: 'externalLinkClicks',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('externalLinkClicks'),
        props: {
          handleClick: (view, _pos, event) => {
            if (event.button !== 0 || !(event.target instanceof Element)) return false;
            const anchor = event.target.closest('a[href]');
            if (!anchor || !view.dom.contains(anchor)) return false;
            if (view.editable && !event.ctrlKey && !event.metaKey) return false;
            event.preventDefault();
            openExternalLink(anchor.getAttribute('href') ?? '');
            return true;
          },
        },
      }),
    ];
  },
});
