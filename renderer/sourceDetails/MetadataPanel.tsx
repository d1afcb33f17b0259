import type { Source } from '../../shared/model/source';
import { METADATA_FIELDS, type MetadataUpdate } from './metadataFields';
import { MetadataRow } from './MetadataRow';

interface Props {
  source: Source;
  onSave: (update: MetadataUpdate) => Promise<string | null>;
}

const KNOWN = new Set<string>(METADATA_FIELDS.map((f) => f.key));
const OTHER_LABELS: Record<string, string> = { body: 'Article text' };

/** Every metadata value, where it came from, and a way to correct it. */
export function MetadataPanel({ source, onSave }: Props) {
  const others = Object.entries(source.metadataSources).filter(([key]) => !KNOWN.has(key));
  return (
    <section className="details__panel" aria-labelledby="details-metadata">
      <h2 id="details-metadata" className="details__heading">
        Metadata
      </h2>
      <dl className="details__list">
        {METADATA_FIELDS.map((field) => (
          <MetadataRow key={field.key} field={field} source={source} onSave={onSave} />
        ))}
        {others.map(([key, origin]) => (
          <div key={key} className="details__row">
            <dt>{OTHER_LABELS[key] ?? key}</dt>
            <dd>
              <p className="details__origin">Found by {origin}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
