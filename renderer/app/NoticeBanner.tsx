interface Props {
  notices: readonly string[];
  onDismiss: () => void;
}

/** Things the reporter should know about the notebook, such as a restore from backup. */
export function NoticeBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <section className="notice" aria-label="Notices">
      <ul className="notice__list">
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
