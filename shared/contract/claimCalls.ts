import { z } from 'zod';
import { claimStatuses, idSchema, stances, type Claim } from '../model';
import { call } from './callDef';
import { shortText } from './fields';
import type { ClaimView } from './results';

const evidenceInput = z.object({
  highlightId: idSchema,
  stance: z.enum(stances),
  note: shortText(5000).default(''),
});

export const claimCalls = {
  listClaims: call<ClaimView[]>()(
    'The claims board, optionally filtered by status or entity',
    z.object({ status: z.enum(claimStatuses).optional(), entityId: idSchema.optional() }).strict(),
    { readOnly: true },
  ),
  createClaim: call<Claim>()(
    'Create a claim, optionally from a highlight',
    z
      .object({
        statement: z.string().trim().min(1).max(2000),
        claimantId: idSchema.nullable().default(null),
        status: z.enum(claimStatuses).default('unverified'),
        evidence: z.array(evidenceInput).max(500).default([]),
      })
      .strict(),
  ),
  updateClaim: call<Claim>()(
    'Change a claim’s statement, claimant or status',
    z
      .object({
        id: idSchema,
        statement: z.string().trim().min(1).max(2000).optional(),
        claimantId: idSchema.nullable().optional(),
        status: z.enum(claimStatuses).optional(),
      })
      .strict(),
  ),
  addEvidence: call<Claim>()(
    'Attach a highlight to a claim with a stance',
    z.object({ claimId: idSchema }).extend(evidenceInput.shape).strict(),
  ),
  removeEvidence: call<Claim>()(
    'Detach a highlight from a claim',
    z.object({ claimId: idSchema, highlightId: idSchema }).strict(),
  ),
  deleteClaim: call<{ deleted: true }>()('Delete a claim', z.object({ id: idSchema }).strict()),
};
