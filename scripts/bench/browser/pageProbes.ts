/*
 * Functions run inside the page with `page.evaluate`. They must not close over anything in
 * Node. "Painted" means: a requestAnimationFrame callback runs just before the next frame is
 * drawn, and a task queued from it runs just after, so its time stamp follows that paint.
 */

// The bench's Node program compiles this file too, and that program has no DOM library: the page
// globals used here are declared locally (module-scoped, so they emit nothing and shadow nothing
// outside), as far as this file uses them.
interface PageElement {
  getBoundingClientRect(): unknown;
}
interface PageDocument {
  readonly body: object;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { readonly length: number };
  addEventListener(
    type: 'keydown',
    listener: (event: { readonly timeStamp: number }) => void,
    options: { capture: boolean },
  ): void;
}
interface MutationWatch {
  childList?: boolean;
  subtree?: boolean;
  characterData?: boolean;
}
declare const document: PageDocument;
declare const location: { hash: string };
declare const window: object;
declare function requestAnimationFrame(callback: () => void): number;
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: object, options: MutationWatch): void;
  disconnect(): void;
}
declare class PerformanceObserver {
  constructor(callback: (list: { getEntries(): Array<{ name: string; duration: number }> }) => void);
  observe(options: { type: string; durationThreshold: number }): void;
}

/** Changes the hash route, without waiting for anything. */
export function showRoute(hash: string): void {
  location.hash = hash;
}

/** Changes the hash route; resolves with ms until the frame after `selector` matches `count` elements. */
export function routeUntilDrawn(args: { hash: string; selector: string; count: number }): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    const ready = (): boolean => document.querySelectorAll(args.selector).length >= args.count;
    const finish = (): void => {
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    // Watch DOM commits rather than poll, so the check itself adds no frames.
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    location.hash = args.hash;
  });
}

/** Resolves once `selector` matches at least `count` elements (checked after each DOM change). */
export function waitForCount(args: { selector: string; count: number }): Promise<void> {
  return new Promise((resolve) => {
    if (document.querySelectorAll(args.selector).length >= args.count) return resolve();
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(args.selector).length < args.count) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

interface KeyProbe {
  samples: number[];
  /** Keydown to input handled and laid out, without the wait for the next frame. */
  work: number[];
  unchanged: number;
  slowEvents: Array<{ name: string; duration: number }>;
  waiters: Array<{ count: number; resolve: () => void }>;
}

/**
 * Installs a keydown listener timing each keystroke from the event's time stamp to the frame
 * after it (which includes waiting for the frame clock, up to one 16.7 ms frame), checking that
 * the editor's DOM did change in between; separately the work alone (keydown to input handled and
 * the editor laid out, in a task queued from keydown); also collects Event Timing
 * entries of 16 ms or more (Chromium's own input-to-next-paint measure).
 */
export function installKeyProbe(editorSelector: string): void {
  const editor = document.querySelector(editorSelector);
  if (!editor) throw new Error(`No element matches ${editorSelector}`);
  const probe: KeyProbe = { samples: [], work: [], unchanged: 0, slowEvents: [], waiters: [] };
  (window as unknown as { __rnKeys: KeyProbe }).__rnKeys = probe;
  let changed = false;
  new MutationObserver(() => (changed = true)).observe(editor, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.slowEvents.push({ name: entry.name, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16 });
  document.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      // The event's own stamp includes any wait in the queue; guard against a foreign time base.
      const start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      changed = false;
      setTimeout(() => {
        editor.getBoundingClientRect();
        probe.work.push(performance.now() - start);
      }, 0);
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!changed) probe.unchanged++;
          probe.samples.push(performance.now() - start);
          probe.waiters = probe.waiters.filter((w) =>
            w.count <= probe.samples.length ? (w.resolve(), false) : true,
          );
        }, 0),
      );
    },
    { capture: true },
  );
}

/** Resolves once the key probe holds `count` samples. */
export function waitForKeySamples(count: number): Promise<void> {
  const probe = (window as unknown as { __rnKeys: KeyProbe }).__rnKeys;
  if (probe.samples.length >= count) return Promise.resolve();
  return new Promise((resolve) => probe.waiters.push({ count, resolve }));
}

/** What the key probe collected. */
export function readKeyProbe(): Pick<KeyProbe, 'samples' | 'work' | 'unchanged' | 'slowEvents'> {
  const { samples, work, unchanged, slowEvents } = (window as unknown as { __rnKeys: KeyProbe }).__rnKeys;
  return { samples, work, unchanged, slowEvents };
}
