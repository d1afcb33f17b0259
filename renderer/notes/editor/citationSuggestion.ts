import { type Editor, Extension } from '@tiptap/core';
import { type Plugin, PluginKey } from '@tiptap/pm/state';
import {
  findSuggestionMatch,
  Suggestion,
  type SuggestionOptions,
  type SuggestionProps,
} from '@tiptap/suggestion';
import type { CitableHit } from '../../../shared/contract/noteCalls';
import { AT_QUERY_MAX_WORDS, shortEnough } from './atQuery';
import { CLOSED_SUGGESTIONS, type SuggestionStore } from './suggestionStore';

export interface CitationSuggestionOptions {
  /**
   * Finds highlights and sources for the typed words (the notebook's `searchCitables`).
   * @default async () => []
   */
  search: (query: string) => Promise<CitableHit[]>;
  /**
   * Where the open list is published for the React picker to draw; null shows nothing.
   * @default null
   */
  store: SuggestionStore | null;
}

interface Picked {
  hit: CitableHit;
  asQuotation: boolean;
}

/** `[[climate report]]` searches for "climate report". */
const cleanQuery = (query: string): string => query.replace(/\]+$/, '').trim();

function insertHit(editor: Editor, range: { from: number; to: number }, { hit, asQuotation }: Picked): void {
  const chain = editor.chain().focus().deleteRange(range);
  if (asQuotation && hit.highlightId && hit.quote) {
    chain.insertQuotation({ sourceId: hit.sourceId, highlightId: hit.highlightId, quote: hit.quote });
  } else {
    chain.insertCitation({ sourceId: hit.sourceId, highlightId: hit.highlightId });
  }
  chain.run();
}

/** The list's life cycle, mirrored into the store; arrows move, Enter cites, Shift+Enter quotes. */
function renderInto(
  store: SuggestionStore,
  lastError: () => string | null,
): SuggestionOptions<CitableHit, Picked>['render'] {
  return () => {
    let current: SuggestionProps<CitableHit, Picked> | null = null;
    const show = (props: SuggestionProps<CitableHit, Picked>): void => {
      const previous = store.get();
      current = props;
      const rect = props.clientRect?.() ?? null;
      const sameQuery = previous.open && previous.query === props.query;
      store.set({
        open: true,
        query: props.query,
        items: props.items,
        loading: props.loading,
        error: props.loading ? null : lastError(),
        selected: sameQuery ? Math.min(previous.selected, Math.max(0, props.items.length - 1)) : 0,
        anchor: rect ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null,
      });
      store.setPick((index, asQuotation) => {
        const hit = current?.items[index];
        if (hit && current) current.command({ hit, asQuotation: asQuotation === true });
      });
    };
    const move = (step: number): boolean => {
      const state = store.get();
      if (state.items.length === 0) return false;
      store.set({ ...state, selected: (state.selected + step + state.items.length) % state.items.length });
      return true;
    };
    return {
      onStart: show,
      onUpdate: show,
      onExit: () => {
        current = null;
        store.set(CLOSED_SUGGESTIONS);
      },
      onKeyDown: ({ event }) => {
        if (event.key === 'ArrowDown') return move(1);
        if (event.key === 'ArrowUp') return move(-1);
        if (event.key === 'Enter' || event.key === 'Tab') {
          const state = store.get();
          if (state.items.length === 0) return false;
          store.pick(state.selected, event.shiftKey);
          return true;
        }
        return false;
      },
    };
  };
}

/** Typing `[[` or `@` opens a list of highlights and sources to cite. */
export const CitationSuggestion = Extension.create<CitationSuggestionOptions>({
  name: 'citationSuggestion',

  addOptions() {
    return { search: () => Promise.resolve([]), store: null };
  },

  addProseMirrorPlugins() {
    const store = this.options.store;
    if (!store) return [];
    let error: string | null = null;
    const items = async ({ query }: { query: string }): Promise<CitableHit[]> => {
      try {
        const hits = await this.options.search(cleanQuery(query));
        error = null;
        return hits;
      } catch (e) {
        error = e instanceof Error && e.message ? e.message : 'The search failed.';
        return [];
      }
    };
    const common = {
      editor: this.editor,
      items,
      debounce: 120,
      command: ({
        editor,
        range,
        props,
      }: {
        editor: Editor;
        range: { from: number; to: number };
        props: Picked;
      }) => insertHit(editor, range, props),
      render: renderInto(store, () => error),
    };
    const plugins: Plugin[] = [
      Suggestion<CitableHit, Picked>({
        ...common,
        pluginKey: new PluginKey('citeBrackets'),
        char: '[[',
        allowSpaces: true,
        allowedPrefixes: null,
      }),
      Suggestion<CitableHit, Picked>({
        ...common,
        pluginKey: new PluginKey('citeAt'),
        char: '@',
        allowedPrefixes: [' ', '('],
        // "@20 points" searches for "20 points": spaces allowed, but only a few words, so an "@" typed in
        // passing does not keep a suggestion open over the rest of the paragraph.
        allowSpaces: true,
        findSuggestionMatch: shortAtQuery,
      }),
    ];
    return plugins;
  },
});

/** The "@" query as TipTap finds it (spaces allowed), dropped once it runs past a few words. */
const shortAtQuery: typeof findSuggestionMatch = (config) => {
  const match = findSuggestionMatch(config);
  return match && shortEnough(match.query, AT_QUERY_MAX_WORDS) ? match : null;
};
