import { describe, expect, it } from 'vitest';
import { starterDoc } from '../scenario-doc/defaults';
import { fileNameFor, scenarioFileText } from './scenario-json';

describe('scenario file', () => {
  it('is pretty JSON that names its schema first and replaces an old schema URL', () => {
    const text = scenarioFileText({ ...starterDoc(), $schema: 'http://old/scenario.schema.json' }, 'https://new/scenario.schema.json');
    expect(text.startsWith('{\n  "$schema": "https://new/scenario.schema.json",\n  "version": 1,\n  "name": "My scenario",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const { $schema, ...rest } = JSON.parse(text);
    expect($schema).toBe('https://new/scenario.schema.json');
    expect(rest).toEqual(starterDoc());
  });

  it('takes its file name from the scenario name', () => {
    expect(fileNameFor('My scenario', 'json')).toBe('my-scenario.json');
    expect(fileNameFor('  Checkout flow (v2) / Q3!  ', 'md')).toBe('checkout-flow-v2-q3.md');
    expect(fileNameFor('Café Crème', 'csv')).toBe('cafe-creme.csv');
    expect(fileNameFor('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(fileNameFor('<script>alert(1)</script>', 'svg')).toBe('script-alert-1-script.svg');
    expect(fileNameFor('日本語', 'json')).toBe('scenario.json');
    expect(fileNameFor('', 'png')).toBe('scenario.png');
    expect(fileNameFor('a'.repeat(100), 'json')).toBe(`${'a'.repeat(60)}.json`);
  });
});
