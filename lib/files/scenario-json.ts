/**
 * The scenario as a file to download: pretty JSON that names its JSON Schema first, so an editor
 * (VS Code, JetBrains) validates and autocompletes it, with a file name made from the scenario's.
 */
import type { ScenarioDoc } from '../scenario-doc/types';

/** Where the app serves the schema; the file needs it absolute (`new URL(SCHEMA_PATH, origin)`). */
export const SCHEMA_PATH = '/scenario.schema.json';

export function scenarioFileText(doc: ScenarioDoc, schemaUrl: string): string {
  const { $schema: _old, ...rest } = doc;
  return `${JSON.stringify({ $schema: schemaUrl, ...rest }, null, 2)}\n`;
}

/**
 * "Checkout flow (v2)" → "checkout-flow-v2.json": lower-case letters, digits and dashes only, so
 * the name survives every file system, shell and URL; accents are dropped, not the letters.
 */
export function fileNameFor(name: string, ext: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}.${ext}`;
}
