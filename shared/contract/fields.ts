import { z } from 'zod';
import { idSchema } from '../model';

/** Input fields several features' calls share, so each limit is stated once. */
export const shortText = (max: number) => z.string().max(max);
export const tagsSchema = z.array(z.string().trim().min(1).max(100)).max(50);
export const idsSchema = z.array(idSchema).max(100);
