import { useEffect, useState } from 'react';
import type { Api } from '../../shared/contract/contract';
import type { RecordChanges as Changes } from '../../shared/contract';
import { useApi, useAppEvent } from '../transport/ApiContext';

type Kind = 'sources' | 'entities' | 'claims' | 'notes';
type Waiter = { id: string; resolve: (changes: Changes | undefined) => void };

/**
 * Cards on one page ask together: requests made in the same tick go out as one call per kind
 * (a board of many claims reads the shared notebook document once, not once per card).
 */
const queued = new Map<Kind, Waiter[]>();
function ask(api: Api, kind: Kind, id: string): Promise<Changes | undefined> {
  return new Promise((resolve) => {
    const waiting = queued.get(kind);
    if (waiting) return void waiting.push({ id, resolve });
    const batch: Waiter[] = [{ id, resolve }];
    queued.set(kind, batch);
    queueMicrotask(() => {
      queued.delete(kind);
      const ids = [...new Set(batch.map((w) => w.id))].slice(0, 1000);
      api.getRecordChanges({ kind, ids }).then(
        (byId) => batch.forEach((w) => w.resolve(byId[w.id])),
        () => batch.forEach((w) => w.resolve(undefined)),
      );
    });
  });
}

const FIELD_NAMES: Record<string, string> = { status: 'status', statement: 'statement', title: 'title' };
const formatDateTime = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

/**
 * "Changed by X at T" on a shared record, and the values others' later changes overwrote (who set
 * them and when): nothing on a local notebook. `version` is anything that changes with the record.
 */
export function RecordChanges({ kind, id, version }: { kind: Kind; id: string; version: string }) {
  const api = useApi();
  const [changes, setChanges] = useState<Changes | undefined>(undefined);
  const [synced, setSynced] = useState(0);
  useAppEvent(['sync-changed'], () => setSynced((n) => n + 1));
  useEffect(() => {
    let live = true;
    void ask(api, kind, id).then((next) => {
      if (live) setChanges(next);
    });
    return () => {
      live = false;
    };
  }, [api, kind, id, version, synced]);
  if (!changes?.last) return null;
  const overwritten = changes.history.filter((h) => h.field in FIELD_NAMES);
  return (
    <div className="record-changes">
      <p className="record-changes__last">
        Changed by {changes.last.by} at {formatDateTime(changes.last.at)}
      </p>
      {overwritten.length > 0 && (
        <details className="record-changes__history">
          <summary>Earlier values ({overwritten.length})</summary>
          <ul>
            {overwritten.map((h) => (
              <li key={`${h.field}${h.at}${h.by}`}>
                {FIELD_NAMES[h.field]} {shown(h.value)}, set by {h.by} at {formatDateTime(h.at)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
