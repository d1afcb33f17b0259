import { z } from 'zod';
import { recordFields } from './common';

export const entityTypes = ['person', 'organisation', 'place', 'other'] as const;

export const entitySchema = z.object({
  ...recordFields,
  type: z.enum(entityTypes),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  description: z.string(),
});
export type Entity = z.infer<typeof entitySchema>;
