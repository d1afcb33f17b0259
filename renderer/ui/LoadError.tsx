interface Props {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** A calm, plain-words failure panel with an optional retry. */
export function LoadError({ title, message, onRetry }: Props) {
  return (
    <div className="load-error" role="alert">
      <h2 className="load-error__title">{title}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
