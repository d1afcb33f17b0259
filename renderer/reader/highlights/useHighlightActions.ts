import { useCallback, useRef, useState } from 'react';
import type { AnchoredHighlight } from '../../../shared/contract/results';
import type { Entity, Highlight } from '../../../shared/model';
import type { Stance } from '../../claims/claimLabels';
import type { ClaimsState } from '../../claims/useClaims';
import type { EntityList } from '../../entities/useEntityList';
import { errorMessage } from '../../transport/errorMessage';
import type { HighlightsState } from './useHighlights';
import type { PendingSelection } from '../useTextSelection';
import type { useToast } from '../useToast';

interface Deps {
  highlights: HighlightsState;
  entities: EntityList;
  claims: ClaimsState;
  toast: ReturnType<typeof useToast>;
  /** Reads the selection afresh (see useTextSelection). */
  refreshSelection: () => PendingSelection | null;
  clearSelection: () => void;
  onCreated: (highlight: Highlight) => void;
  onDeleted: (id: string) => void;
  /** A deleted highlight came back through Undo. */
  onRestored?: (highlight: Highlight) => void;
}

/**
 * Everything the reader can do to highlights, entities and claims, each one
 * reporting failure in plain words and marking the reader busy meanwhile.
 */
// Long because: every change to a highlight goes through the same busy flag, toast and undo, which it owns.
export function useHighlightActions(deps: Deps) {
  const { highlights, entities, claims, toast, refreshSelection, clearSelection, onCreated, onDeleted } =
    deps;
  const { onRestored } = deps;
  const [busy, setBusy] = useState(false);
  const lastColor = useRef(1);

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        toast.show(errorMessage(error), { tone: 'error' });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [toast],
  );

  /** Says what was just removed, with an Undo that puts it back (Ctrl/Cmd+Z runs the same action). */
  const offerUndo = (text: string, undo: () => Promise<unknown>) =>
    toast.show(text, {
      tone: 'info',
      action: {
        label: 'Undo',
        run: () => {
          toast.dismiss();
          void run(undo);
        },
      },
    });

  /** Highlights the pending selection; the new highlight becomes the selected one. */
  const highlightSelection = useCallback(
    async (color = lastColor.current, extra: { comment?: string; entityIds?: string[] } = {}) => {
      const selection = refreshSelection();
      if (!selection) return undefined;
      const { start, end } = selection;
      const created = await highlights.create({ start, end, color, ...extra });
      lastColor.current = color;
      clearSelection();
      onCreated(created);
      return created;
    },
    [refreshSelection, highlights, clearSelection, onCreated],
  );

  const entityFor = useCallback(
    (name: string, type: Entity['type']) => entities.create(name, type),
    [entities],
  );

  const update = highlights.update;
  return {
    busy,
    run,
    fromSelection: {
      color: (color: number) => run(() => highlightSelection(color)),
      comment: (comment: string) => run(() => highlightSelection(undefined, { comment })),
      entity: (entity: Entity) => run(() => highlightSelection(undefined, { entityIds: [entity.id] })),
      newEntity: (name: string, type: Entity['type']) =>
        run(async () => highlightSelection(undefined, { entityIds: [(await entityFor(name, type)).id] })),
      claim: (statement: string, stance: Stance) =>
        run(async () => {
          const created = await highlightSelection();
          if (!created) return;
          await claims.create({ statement, evidence: [{ highlightId: created.id, stance, note: '' }] });
          toast.show('Claim created. See it on the claims board.');
        }),
    },
    onHighlight: {
      color: (id: string, color: number) => run(() => update(id, { color })),
      note: (id: string, comment: string, tags: string[]) => run(() => update(id, { comment, tags })),
      entities: (id: string, entityIds: string[]) => run(() => update(id, { entityIds })),
      newEntity: (item: Highlight, name: string, type: Entity['type']) =>
        run(async () => {
          const entity = await entityFor(name, type);
          await update(item.id, { entityIds: [...item.entityIds, entity.id] });
        }),
      attach: (highlightId: string, claimId: string, stance: Stance, note: string) =>
        run(() => claims.addEvidence({ claimId, highlightId, stance, note })),
      untag: (item: Highlight, entityId: string, name: string) =>
        run(async () => {
          await update(item.id, { entityIds: item.entityIds.filter((e) => e !== entityId) });
          offerUndo(`Untagged ${name}.`, () => update(item.id, { entityIds: item.entityIds }));
        }),
      detach: (highlightId: string, claimId: string) =>
        run(async () => {
          const claim = claims.claims.find((c) => c.claim.id === claimId)?.claim;
          const kept = claim?.evidence.find((e) => e.highlightId === highlightId);
          await claims.removeEvidence({ claimId, highlightId });
          if (kept)
            offerUndo('Removed from the claim.', () =>
              claims.addEvidence({ claimId, highlightId, stance: kept.stance, note: kept.note }),
            );
        }),
      claim: (highlightId: string, statement: string, stance: Stance) =>
        run(() => claims.create({ statement, evidence: [{ highlightId, stance, note: '' }] })),
      remove: (item: AnchoredHighlight) =>
        run(async () => {
          const deleted = await highlights.remove(item);
          onDeleted(item.highlight.id);
          offerUndo('Highlight deleted.', async () => {
            await highlights.restore(deleted);
            onCreated(deleted.highlight);
            onRestored?.(deleted.highlight);
          });
        }),
    },
  };
}

export type HighlightActions = ReturnType<typeof useHighlightActions>;
