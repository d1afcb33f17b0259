interface Props {
  onImportClick: () => void;
  onPasteClick: () => void;
  pasteShortcut: string;
}

/** The first thing a new notebook shows: how to get sources in. */
export function EmptyState({ onImportClick, onPasteClick, pasteShortcut }: Props) {
  return (
    <div className="empty">
      <h2 className="empty__title">Your library is empty</h2>
      <p className="empty__lead">
        Add the articles and documents you are working from. Each one is kept exactly as you imported it.
      </p>
      <div className="empty__actions">
        <button type="button" className="button button--primary" onClick={onImportClick}>
          Import files
        </button>
        <button type="button" className="button" onClick={onPasteClick}>
          Paste text
        </button>
      </div>
      <ul className="empty__tips">
        <li>Drag files from your desktop anywhere onto this window.</li>
        <li>
          Or copy an article’s text and press <kbd>{pasteShortcut}</kbd> here.
        </li>
        <li>Accepted: plain text, Markdown, HTML, PDF and Word (.docx) files.</li>
      </ul>
    </div>
  );
}
