import { STATUS_WORDS, type QuoteReport } from '../../shared/quotes';

interface Props {
  reports: QuoteReport[];
  onGoOn: () => void;
  onCancel: () => void;
}

/** Before an export: the quotations of the chosen notes that are not exact, and a choice to go on. */
export function ExportQuoteCheck({ reports, onGoOn, onCancel }: Props) {
  const problems = reports.flatMap((r) =>
    r.findings.filter((f) => f.status !== 'exact').map((f) => ({ subject: r.subject, finding: f })),
  );
  return (
    <div
      className="packet-summary packet-verdict packet-verdict--bad"
      role="alert"
      aria-label="Quote problems"
    >
      <p className="packet-summary__title">
        {problems.length === 1 ? 'One quotation' : `${problems.length} quotations`} in the chosen notes{' '}
        {problems.length === 1 ? 'is' : 'are'} not exact. The packet will mark{' '}
        {problems.length === 1 ? 'it' : 'them'}.
      </p>
      <ul className="packet-list">
        {problems.map(({ subject, finding }, i) => (
          <li key={i}>
            {subject}: <strong>{STATUS_WORDS[finding.status]}</strong> — “{finding.quote}”
          </li>
        ))}
      </ul>
      <div className="packet-actions">
        <button type="button" className="button button--primary" onClick={onGoOn}>
          Export anyway
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
