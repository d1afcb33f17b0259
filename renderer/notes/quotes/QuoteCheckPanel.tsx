import { STATUS_WORDS } from '../../../shared/quotes';
import type { DiffPart } from '../../../shared/similarity/wordDiff';
import type { QuoteCheck, QuoteItem } from './useQuoteCheck';
import './quoteCheck.css';

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="quote-diff">
      {parts.map((p, i) =>
        p.op === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'added' ? (
          <ins key={i} aria-label={`added: ${p.text}`}>
            {p.text}
          </ins>
        ) : (
          <del key={i} aria-label={`source has: ${p.text}`}>
            {p.text}
          </del>
        ),
      )}
    </span>
  );
}

function Item({
  item,
  check,
  titles,
  editable,
}: {
  item: QuoteItem;
  check: QuoteCheck;
  titles: Record<string, string>;
  editable: boolean;
}) {
  const f = item.finding;
  const source = f.match ?? f.elsewhere;
  const title = source ? (titles[source.sourceId] ?? 'a source') : null;
  const canUseWording = editable && f.status === 'differs' && f.kind === 'inline' && Boolean(f.match);
  const canCite = editable && (f.status === 'uncited' || f.status === 'not-found') && Boolean(f.elsewhere);
  return (
    <li className={`quote-item quote-item--${f.status}`}>
      <p>
        <strong>{STATUS_WORDS[f.status]}</strong>: “{f.quote}”
      </p>
      {title && (
        <p className="muted">
          {f.match ? 'Source' : 'Found in'}: {title}
          {f.orphaned ? ' (the cited highlight no longer sits on its passage)' : ''}
        </p>
      )}
      {(f.diff ?? f.elsewhere?.diff) && (
        <p>
          Changes: <Diff parts={f.diff ?? f.elsewhere?.diff ?? []} />
        </p>
      )}
      <div className="quote-item__actions">
        <button type="button" className="button button--quiet" onClick={() => check.jump(item)}>
          Show
        </button>
        {canUseWording && (
          <button type="button" className="button" onClick={() => void check.adoptSourceWording(item)}>
            Use the source’s wording
          </button>
        )}
        {canCite && (
          <button type="button" className="button" onClick={() => void check.cite(item)}>
            Cite this
          </button>
        )}
      </div>
    </li>
  );
}

/** The quote report of the open note: every quotation with its status, and the fixes. */
export function QuoteCheckPanel({ check, editable }: { check: QuoteCheck; editable: boolean }) {
  const { state } = check;
  if (state.status === 'idle') return null;
  return (
    <section className="quote-check-panel" aria-label="Quote check">
      <h3>Quote check</h3>
      {state.status === 'checking' && <p role="status">Checking quotations…</p>}
      {state.status === 'error' && <p role="alert">The quotations could not be checked: {state.error}</p>}
      {state.status === 'done' && (
        <>
          {state.stale && (
            <p role="alert">
              That quotation changed after the check, so nothing was replaced. The check was run again.
            </p>
          )}
          <p role="status">
            {state.items.length === 0
              ? 'No quotations in this note.'
              : `${state.items.length} quotations: ${state.report.counts.exact} exact, ${state.report.counts.differs} differ from the source, ${state.report.counts['not-found']} not found in the cited source, ${state.report.counts.uncited} without a citation.`}
          </p>
          <ol className="quote-list">
            {state.items.map((item, i) => (
              <Item key={i} item={item} check={check} titles={state.report.titles} editable={editable} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
