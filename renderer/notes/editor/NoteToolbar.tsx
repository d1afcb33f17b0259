import type { BlockKind, EditorToolbar } from './useEditorToolbar';

interface ToggleProps {
  label: string;
  pressed: boolean;
  disabled: boolean;
  onClick: () => void;
  children: React.ReactNode;
  shortcut?: string;
}

function Toggle({ label, pressed, disabled, onClick, children, shortcut }: ToggleProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {/* Named by hidden text, not aria-label: the glyph ("1≡") is a picture, and WCAG 2.5.3 wants a
          label to contain the visible text. */}
      <span aria-hidden="true">{children}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Formatting controls for a note: text style, headings, lists, quote and link. */
// Long because: the toolbar's buttons in order; their state comes from useEditorToolbar.
export function NoteToolbar({ toolbar }: { toolbar: EditorToolbar }) {
  const { state, disabled, link } = toolbar;
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <select
        className="toolbar__select"
        aria-label="Text style"
        value={state.block}
        disabled={disabled}
        onChange={(e) => toolbar.setBlock(e.target.value as BlockKind)}
      >
        <option value="paragraph">Text</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
      </select>
      <Toggle
        label="Bold"
        shortcut="Ctrl+B"
        pressed={state.bold}
        disabled={disabled}
        onClick={toolbar.toggleBold}
      >
        <b>B</b>
      </Toggle>
      <Toggle
        label="Italic"
        shortcut="Ctrl+I"
        pressed={state.italic}
        disabled={disabled}
        onClick={toolbar.toggleItalic}
      >
        <i>I</i>
      </Toggle>
      <Toggle
        label="Bulleted list"
        pressed={state.bulletList}
        disabled={disabled}
        onClick={toolbar.toggleBulletList}
      >
        •≡
      </Toggle>
      <Toggle
        label="Numbered list"
        pressed={state.orderedList}
        disabled={disabled}
        onClick={toolbar.toggleOrderedList}
      >
        1≡
      </Toggle>
      <Toggle
        label="Block quote"
        pressed={state.blockquote}
        disabled={disabled}
        onClick={toolbar.toggleBlockquote}
      >
        ❝
      </Toggle>
      <Toggle label="Link" pressed={state.link} disabled={disabled} onClick={link.open}>
        Link
      </Toggle>
      {link.draft !== null && (
        <form
          className="toolbar__link"
          onSubmit={(e) => {
            e.preventDefault();
            link.apply();
          }}
        >
          <input
            className="toolbar__link-input"
            type="url"
            aria-label="Link address"
            placeholder="https://…"
            value={link.draft}
            autoFocus
            onChange={(e) => link.change(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') link.cancel();
            }}
          />
          <button type="submit" className="button button--quiet">
            Apply
          </button>
          {state.link && (
            <button type="button" className="button button--quiet" onClick={link.remove}>
              Remove link
            </button>
          )}
          {link.error && (
            <span className="toolbar__error" role="alert">
              {link.error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
