import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from '@sesame/server';
import { configReference } from './config-reference';

describe('operator config reference', () => {
  it('docs/operators/config.md is the one generated from the schema (run `npm run docs:config`)', () => {
    const committed = readFileSync(new URL('../docs/operators/config.md', import.meta.url), 'utf8');
    expect(committed).toBe(configReference());
  });

  it('documents every environment variable', () => {
    const doc = configReference();
    for (const name of Object.values(ENV_VARIABLES)) expect(doc).toContain(`\`${name}\``);
  });
});
