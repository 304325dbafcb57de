import { writeFileSync } from 'node:fs';
import { configReference } from './config-reference';

const target = new URL('../docs/operators/config.md', import.meta.url);
writeFileSync(target, configReference());
console.log(`wrote ${target.pathname}`);
