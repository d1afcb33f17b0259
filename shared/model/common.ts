import { z } from 'zod';
import { ID_PATTERN } from '../ids';

export const idSchema = z.string().regex(ID_PATTERN, 'must be an id');
export const timestampSchema = z.iso.datetime({ offset: true });
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');

/** Every stored record carries these, so merges can tell newer from older. */
export const recordFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};
