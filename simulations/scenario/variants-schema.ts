/**
 * Design variants carried by a scenario: "A" is the document itself, every other variant is a
 * list of JSON Patch operations (RFC 6902) against it. The engine ignores variants; the editor
 * materialises each one into a runnable scenario. Only the shape is checked here: whether a patch
 * applies, and whether its result is a valid scenario, is checked per variant when a document is
 * opened, so one broken variant never keeps the rest of the document from opening.
 */
import { z } from 'zod';

const pointerSchema = z
  .string()
  .max(500, 'a JSON pointer must be at most 500 characters')
  .regex(/^(\/.*)?$/, 'a JSON pointer is "" or starts with "/", e.g. "/nodes/2/workers"')
  .describe('JSON pointer into the base scenario, e.g. "/nodes/2/workers"');

export const patchOperationSchema = z
  .discriminatedUnion('op', [
    z.strictObject({ op: z.literal('add'), path: pointerSchema, value: z.unknown() }),
    z.strictObject({ op: z.literal('remove'), path: pointerSchema }),
    z.strictObject({ op: z.literal('replace'), path: pointerSchema, value: z.unknown() }),
    z.strictObject({ op: z.literal('move'), path: pointerSchema, from: pointerSchema }),
    z.strictObject({ op: z.literal('copy'), path: pointerSchema, from: pointerSchema }),
    z.strictObject({ op: z.literal('test'), path: pointerSchema, value: z.unknown() }),
  ])
  .describe('One JSON Patch operation (RFC 6902)');

export const variantNameSchema = z
  .string()
  .min(1, 'a variant name must not be empty')
  .max(24, 'a variant name must be at most 24 characters')
  .refine((n) => n !== 'A', 'the name "A" belongs to the base scenario')
  .describe('Shown on the variant tab; the base scenario is "A"');

export const variantSchema = z
  .strictObject({
    name: variantNameSchema,
    patch: z.array(patchOperationSchema).max(5000, 'a variant patch has at most 5000 operations').describe('Changes against the base scenario'),
  })
  .describe('A design variant: the base scenario with these changes');

export const variantsSchema = z
  .array(variantSchema)
  .max(8, 'at most 8 variants besides the base')
  .refine((vs) => new Set(vs.map((v) => v.name)).size === vs.length, 'variant names must be unique')
  .describe('Design variants to compare against the base scenario ("A") under the same traffic');

export type VariantSpec = z.infer<typeof variantSchema>;
