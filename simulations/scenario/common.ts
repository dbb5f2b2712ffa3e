/** Field schemas shared by every node, link and fault kind. */
import { z } from 'zod';

export const idSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(64, 'id must be at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'id may use letters, digits, "_", "." and "-" only')
  .describe('Unique identifier, referenced by links and faults');

export const labelSchema = z.string().max(80, 'label must be at most 80 characters').describe('Name shown on the canvas');
export const descriptionSchema = z.string().max(2000, 'description must be at most 2000 characters');

export const positionSchema = z
  .strictObject({ x: z.number().finite(), y: z.number().finite() })
  .describe('Canvas position in pixels (ignored by the engine)');

export const rateSchema = z
  .number()
  .finite()
  .min(0, 'rate must be ≥ 0 per second')
  .max(1_000_000, 'rate must be at most 1,000,000 per second')
  .describe('Per second of simulated time');

export const msSchema = z.number().finite().min(0, 'must be ≥ 0 ms').max(1e9, 'must be at most 1e9 ms (about 11 days)');
export const probabilitySchema = z.number().finite().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
export const countSchema = (max: number) =>
  z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(max, `must be at most ${max}`);
export const positiveCountSchema = (max: number) =>
  z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(max, `must be at most ${max}`);

/** Fields every node kind has. */
export const nodeBase = {
  id: idSchema,
  label: labelSchema.optional(),
  description: descriptionSchema.optional(),
  position: positionSchema.optional(),
};

/** Fields every link kind has. */
export const linkBase = {
  id: idSchema,
  from: idSchema.describe('Source node id'),
  to: idSchema.describe('Target node id'),
  label: labelSchema.optional(),
};
