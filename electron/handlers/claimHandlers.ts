import type { ClaimView, EvidenceView, Handlers } from '../../shared/contract';
import { isContested, suggestClaimStatus } from '../../shared/claims/claimStatus';
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
  async function view(claim: Claim): Promise<ClaimView> {
    const store = ctx.store();
    const evidence: EvidenceView[] = await Promise.all(
      claim.evidence.map(async (e) => {
        const h = await store.highlights.findById(e.highlightId);
        const source = h ? store.sourceById(h.sourceId) : undefined;
        return {
          ...e,
          quote: h?.quote.exact ?? null,
          sourceId: h?.sourceId ?? null,
          sourceTitle: source?.title ?? null,
        };
      }),
    );
    const claimant = claim.claimantId ? store.find('entities', claim.claimantId) : undefined;
    return {
      claim,
      claimantName: claimant?.name ?? null,
      evidence,
      contested: isContested(claim.evidence),
      suggestedStatus: suggestClaimStatus(claim.evidence),
    };
  }

  return {
    listClaims: async ({ status, entityId }) => {
      const store = ctx.store();
      let claims = store.list('claims').filter((c) => !status || c.status === status);
      if (entityId) {
        const tagged = new Set(
          (await store.highlights.all()).filter((h) => h.entityIds.includes(entityId)).map((h) => h.id),
        );
        claims = claims.filter(
          (c) => c.claimantId === entityId || c.evidence.some((e) => tagged.has(e.highlightId)),
        );
      }
      return Promise.all(claims.map(view));
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
      await ctx.store().removeRecord('claims', id);
      return { deleted: true as const };
    },
  };
}
