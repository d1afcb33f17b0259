// Types shared by the offline entity suggester (electron/entities) and whoever shows its output.
import type { Entity } from '../model/entity';

/** person | organisation | place | other, as stored on an Entity. */
export type EntityType = Entity['type'];

/** One suggested entity for a source: canonical name, merged variants and how often it is mentioned. */
export type EntitySuggestion = {
  name: string;
  type: EntityType;
  /** Number of mentions in the text under any of its names. */
  count: number;
  /** Other names merged into this one (surname alone, acronym, short form), without the canonical name. */
  aliases: string[];
  /** UTF-16 offset of the first counted mention. */
  firstOffset: number;
};

/** A span some other analyser (e.g. compromise's full parse) believes is an entity of a given type. */
export type TypedSpan = { start: number; end: number; type: Exclude<EntityType, 'other'> };

/** Word knowledge the pure pipeline borrows from an NLP library without importing it. */
export type WordHints = {
  /** Tags for a lower-cased word or phrase (FirstName, City, Country, Organization, Demonym, Preposition ...). */
  tagsOf(lowerWord: string): ReadonlySet<string>;
  /** Extra organisation head words (lower case) beyond our own lexicon. */
  orgWords?: ReadonlySet<string>;
  /** Extra place head words (lower case) beyond our own lexicon. */
  placeWords?: ReadonlySet<string>;
};

export const noHints: WordHints = { tagsOf: () => new Set<string>() };
