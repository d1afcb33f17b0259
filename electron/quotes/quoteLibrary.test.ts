import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import { flattenPlainText } from '../../shared/quotes/flattenNote';
import { ARTICLES } from '../../shared/quotes/testing/quoteFixtures';
import type { NotebookStore } from '../store/notebookStore';
import { quoteLibraryOf, QuoteLibrary } from './quoteLibrary';

/** The part of a notebook the library reads: its sources and their texts (text changes give a new hash). */
function fakeStore(texts: Record<string, string>): {
  store: NotebookStore;
  texts: typeof texts;
  reads: string[];
} {
  const reads: string[] = [];
  const sources = (): Source[] =>
    Object.entries(texts).map(
      ([id, text]) => ({ id, textSha256: `${id}:${text.length}` }) as unknown as Source,
    );
  const store = {
    sources,
    sourceById: (id: string) => sources().find((s) => s.id === id),
    readText: (source: Source) => {
      reads.push(source.id);
      return Promise.resolve(texts[source.id] ?? '');
    },
    highlights: { findById: () => Promise.resolve(undefined) },
  } as unknown as NotebookStore;
  return { store, texts, reads };
}

const PORT = 'She said "the port cannot survive another season like this one" on Monday.';

describe('QuoteLibrary (the per-notebook quotation index)', () => {
  it('finds the source a quotation comes from and reads its text', async () => {
    const { store } = fakeStore({ council: ARTICLES.council ?? '', harbour: ARTICLES.harbour ?? '' });
    const sources = await new QuoteLibrary(store).sourcesFor(flattenPlainText(PORT));
    expect(sources.candidates('the port cannot survive another season', 3)).toEqual(['harbour']);
    expect(sources.sourceText('harbour')).toBe(ARTICLES.harbour);
  });

  it('indexes an unchanged source once, re-indexes a changed one and forgets a removed one', async () => {
    const { store, texts, reads } = fakeStore({
      council: ARTICLES.council ?? '',
      harbour: ARTICLES.harbour ?? '',
    });
    const library = new QuoteLibrary(store);
    await library.sourcesFor(flattenPlainText('No quotation here.'));
    expect(reads.sort()).toEqual(['council', 'harbour']);
    reads.length = 0;
    texts.council = `${ARTICLES.council ?? ''}\n\nThe port cannot survive another season like this one, the mayor added.`;
    delete texts.harbour;
    const sources = await library.sourcesFor(flattenPlainText('No quotation here.'));
    expect(reads).toEqual(['council']);
    expect(sources.candidates('the port cannot survive another season', 3)).toEqual(['council']);
  });

  it('is one library per open store', () => {
    const a = fakeStore({}).store;
    const b = fakeStore({}).store;
    expect(quoteLibraryOf(a)).toBe(quoteLibraryOf(a));
    expect(quoteLibraryOf(a)).not.toBe(quoteLibraryOf(b));
  });
});
