import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { isWebUrl } from './externalLinks';
import { focusNow } from './backgroundChange';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  block: BlockKind;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
}

const IDLE: ToolbarState = {
  bold: false,
  italic: false,
  block: 'paragraph',
  bulletList: false,
  orderedList: false,
  blockquote: false,
  link: false,
};

/** "example.org/x" becomes "https://example.org/x"; anything that is not a web address is refused. */
export function normaliseLinkInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isWebUrl(withScheme) ? withScheme : null;
}

/** Formatting state and actions for the note toolbar, including the small link form. */
// Long because: every toolbar command reads the same editor state; one hook keeps them in step.
export function useEditorToolbar(editor: Editor | null) {
  const state =
    useEditorState({
      editor,
      selector: ({ editor: e }): ToolbarState => {
        if (!e) return IDLE;
        const level = ([1, 2, 3] as const).find((l) => e.isActive('heading', { level: l }));
        return {
          bold: e.isActive('bold'),
          italic: e.isActive('italic'),
          block: level ? `h${level}` : 'paragraph',
          bulletList: e.isActive('bulletList'),
          orderedList: e.isActive('orderedList'),
          blockquote: e.isActive('blockquote'),
          link: e.isActive('link'),
        };
      },
    }) ?? IDLE;

  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  const chain = useCallback(() => editor?.chain().command(focusNow), [editor]);
  const setBlock = useCallback(
    (kind: BlockKind) => {
      const c = chain();
      if (!c) return;
      if (kind === 'paragraph') c.setParagraph().run();
      else c.setHeading({ level: Number(kind.slice(1)) as 1 | 2 | 3 }).run();
    },
    [chain],
  );

  const openLinkForm = useCallback(() => {
    setLinkError(null);
    setLinkDraft((editor?.getAttributes('link').href as string | undefined) ?? '');
  }, [editor]);

  const applyLink = useCallback(() => {
    if (linkDraft === null) return;
    if (linkDraft.trim() === '') {
      chain()?.extendMarkRange('link').unsetLink().run();
      setLinkDraft(null);
      return;
    }
    const href = normaliseLinkInput(linkDraft);
    if (!href) {
      setLinkError('Links must be web addresses (http or https).');
      return;
    }
    chain()?.extendMarkRange('link').setLink({ href }).run();
    setLinkDraft(null);
    setLinkError(null);
  }, [chain, linkDraft]);

  return {
    state,
    disabled: !editor?.isEditable,
    toggleBold: () => chain()?.toggleBold().run(),
    toggleItalic: () => chain()?.toggleItalic().run(),
    setBlock,
    toggleBulletList: () => chain()?.toggleBulletList().run(),
    toggleOrderedList: () => chain()?.toggleOrderedList().run(),
    toggleBlockquote: () => chain()?.toggleBlockquote().run(),
    link: {
      draft: linkDraft,
      error: linkError,
      open: openLinkForm,
      change: setLinkDraft,
      apply: applyLink,
      remove: () => {
        chain()?.extendMarkRange('link').unsetLink().run();
        setLinkDraft(null);
      },
      cancel: () => {
        setLinkDraft(null);
        setLinkError(null);
      },
    },
  };
}

export type EditorToolbar = ReturnType<typeof useEditorToolbar>;
