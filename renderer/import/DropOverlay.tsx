/** Shown while files are dragged over the window. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__panel">
        <p className="drop-overlay__title">Drop to import</p>
        <p className="drop-overlay__hint">Text, Markdown, HTML, PDF and Word files</p>
      </div>
    </div>
  );
}
