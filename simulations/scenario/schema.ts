/**
 * The scenario document, version 1: nodes, links, faults and run settings. Times in ms, rates
 * per second. Structure is checked here; how the pieces fit together is checked in ./rules.
 */
import { z } from 'zod';
import { NODE_SCHEMAS } from '../components/registry';
import { faultSchema } from '../faults/schedule';
import { LINK_SCHEMAS } from '../links/registry';
import { annotationsFieldSchema } from './annotations-schema';
import { descriptionSchema, msSchema } from './common';
import { lessonField } from '../lessons/schema';
import { checkRules } from './rules';
import { variantsSchema } from './variants-schema';

export const SCENARIO_VERSION = 1;

export const nodeSchema = z.discriminatedUnion('kind', NODE_SCHEMAS);
export const linkSchema = z.discriminatedUnion('kind', LINK_SCHEMAS);

export const runSettingsSchema = z
  .strictObject({
    durationMs: msSchema.min(1, 'durationMs must be ≥ 1 ms').default(60_000).describe('Simulated time to run'),
    warmupMs: msSchema.default(0).describe('Requests started before this are left out of the statistics'),
    windowMs: msSchema.min(10, 'windowMs must be ≥ 10 ms').default(1000).describe('Width of one time-series window for live charts'),
  })
  .describe('Run settings');

export const scenarioObjectSchema = z.strictObject({
  $schema: z.string().max(500).optional().describe('JSON Schema URL, for editors'),
  version: z.literal(SCENARIO_VERSION, { error: `unknown scenario version: this build reads version ${SCENARIO_VERSION}` }).describe('Format version'),
  name: z.string().min(1, 'name must not be empty').max(120, 'name must be at most 120 characters'),
  description: descriptionSchema.optional(),
  seed: z.number().int('seed must be a whole number').min(0, 'seed must be ≥ 0').max(2 ** 32 - 1, 'seed must be < 2^32').default(1).describe('Same seed, same numbers'),
  run: runSettingsSchema.prefault({}),
  nodes: z.array(nodeSchema).max(500, 'at most 500 nodes'),
  links: z.array(linkSchema).max(2000, 'at most 2000 links').default([]),
  faults: z.array(faultSchema).max(1000, 'at most 1000 faults').default([]),
  annotations: annotationsFieldSchema,
  lesson: lessonField.describe('A guided lesson (ignored by the engine; a broken one reads as none here, and the lesson tab says what is wrong)'),
  variants: variantsSchema.optional(),
});

export const scenarioSchema = scenarioObjectSchema.superRefine(checkRules);

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioNode = Scenario['nodes'][number];
export type ScenarioLink = Scenario['links'][number];
