export { SearchIndex } from './SearchIndex';
export type { SearchIndexOptions, SearchStatus } from './types';
export type { RebuildReason } from './searchFolder';
