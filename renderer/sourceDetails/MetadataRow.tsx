import { useId, useState, type FormEvent } from 'react';
import type { Source } from '../../shared/model/source';
import { formatDate } from '../ui/formatDate';
import { describeOrigin, editText, toUpdate, type FieldDef, type MetadataUpdate } from './metadataFields';

interface Props {
  field: FieldDef;
  source: Source;
  onSave: (update: MetadataUpdate) => Promise<string | null>;
}

function DisplayValue({ field, source }: { field: FieldDef; source: Source }) {
  const text = editText(source, field.key);
  if (!text) return <span className="muted">Not known</span>;
  if (field.key === 'publishedAt' || field.key === 'modifiedAt') {
    return (
      <>
        <time dateTime={text}>{formatDate(text)}</time>
        {field.key === 'publishedAt' && source.publishedApproximate && (
          <span className="details__tag" title="Worked out from words such as “3 days ago”">
            approximate
          </span>
        )}
      </>
    );
  }
  return <span className="details__value-text">{text}</span>;
}

/** One metadata value with where it came from, and an Edit control for the fields that can be corrected. */
export function MetadataRow({ field, source, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const origin = describeOrigin(source.metadataSources[field.key], editText(source, field.key) !== '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || field.key === 'modifiedAt' || field.key === 'canonicalUrl') return;
    const parsed = toUpdate(field.key, draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setSaving(true);
    const failure = await onSave(parsed.update);
    setSaving(false);
    if (failure) setError(failure);
    else {
      setDraft(null);
      setError(null);
    }
  };

  return (
    <div className="details__row">
      <dt id={`${id}-label`}>{field.label}</dt>
      <dd>
        {draft === null ? (
          <div className="details__value">
            <DisplayValue field={field} source={source} />
            {field.editable && (
              <button
                type="button"
                className="button button--quiet details__edit"
                aria-label={`Edit ${field.label.toLowerCase()}`}
                onClick={() => setDraft(editText(source, field.key))}
              >
                Edit
              </button>
            )}
          </div>
        ) : (
          <form className="details__form" onSubmit={(event) => void save(event)}>
            <input
              className="field__input"
              value={draft}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-hint ${id}-error`}
              aria-invalid={error !== null}
              autoFocus
              onChange={(event) => {
                setDraft(event.target.value);
                setError(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setDraft(null);
                  setError(null);
                }
              }}
            />
            <button type="submit" className="button button--primary" disabled={saving}>
              Save
            </button>
            <button type="button" className="button" onClick={() => (setDraft(null), setError(null))}>
              Cancel
            </button>
            <p id={`${id}-hint`} className="field__hint">
              {field.hint}
            </p>
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          </form>
        )}
        <p
          className={
            origin === 'Corrected by you' ? 'details__origin details__origin--user' : 'details__origin'
          }
        >
          {origin}
        </p>
      </dd>
    </div>
  );
}
