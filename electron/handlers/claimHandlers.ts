import type { Handlers } from '../../shared/contract';
import { claimPasses, claimView, entityNames } from '../claims/boardViews';
import { evidenceContext } from '../claims/evidenceContext';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Claim } from '../../shared/model';
import type { HandlerContext } from './context';
import { requireHighlight } from './highlightHandlers';

type ClaimHandlers = Pick<
  Handlers,
  'listClaims' | 'createClaim' | 'updateClaim' | 'addEvidence' | 'removeEvidence' | 'deleteClaim'
>;

function requireClaim(ctx: HandlerContext, id: string): Claim {
  const claim = ctx.store().find('claims', id);
  if (!claim) throw new AppError('NOT_FOUND', 'That claim no longer exists.');
  return claim;
}

function checkClaimant(ctx: HandlerContext, id: string | null | undefined): void {
  if (id && !ctx.store().find('entities', id)) {
    throw new AppError('NOT_FOUND', 'The chosen claimant is not an entity of this notebook.');
  }
}

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function claimHandlers(ctx: HandlerContext): ClaimHandlers {
  return {
    listClaims: async ({ status, entityId }) => {
      const store = ctx.store();
      const evidence = await evidenceContext(store);
      const names = entityNames(store.list('entities'));
      return store
        .list('claims')
        .filter((c) => claimPasses(evidence, c, { status, entityId }))
        .map((c) => claimView(evidence, c, names));
    },

    createClaim: async ({ statement, claimantId, status, evidence }) => {
      checkClaimant(ctx, claimantId);
      for (const e of evidence) await requireHighlight(ctx, e.highlightId);
      const now = ctx.now();
      const claim: Claim = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        statement,
        claimantId,
        status,
        evidence,
      };
      return ctx.store().add('claims', claim);
    },

    updateClaim: async ({ id, ...changes }) => {
      const current = requireClaim(ctx, id);
      checkClaimant(ctx, changes.claimantId);
      return ctx.store().replace('claims', {
        ...current,
        statement: changes.statement ?? current.statement,
        claimantId: changes.claimantId === undefined ? current.claimantId : changes.claimantId,
        status: changes.status ?? current.status,
        updatedAt: ctx.now(),
      });
    },

    addEvidence: async ({ claimId, highlightId, stance, note }) => {
      const current = requireClaim(ctx, claimId);
      await requireHighlight(ctx, highlightId);
      const others = current.evidence.filter((e) => e.highlightId !== highlightId);
      return ctx.store().replace('claims', {
        ...current,
        evidence: [...others, { highlightId, stance, note }],
        updatedAt: ctx.now(),
      });
    },

    removeEvidence: async ({ claimId, highlightId }) => {
      const current = requireClaim(ctx, claimId);
      const evidence = current.evidence.filter((e) => e.highlightId !== highlightId);
      return ctx.store().replace('claims', { ...current, evidence, updatedAt: ctx.now() });
    },

    deleteClaim: async ({ id }) => {
      requireClaim(ctx, id);
      const store = ctx.store();
      // A deleted claim stops answering its question; the question and its other answers stay.
      for (const q of store.list('questions').filter((q) => q.answers.some((a) => a.claimId === id)))
        await store.replace('questions', {
          ...q,
          answers: q.answers.filter((a) => a.claimId !== id),
          updatedAt: ctx.now(),
        });
      await store.removeRecord('claims', id);
      return { deleted: true as const };
    },
  };
}
