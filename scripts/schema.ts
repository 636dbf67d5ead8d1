/**
 * `npm run schema`: writes the JSON Schema of the register's exchange format, generated from the zod schemas
 * (src/shared/register/exchange.ts), to docs/register-exchange.schema.json. A test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exchangeJsonSchema } from '../src/shared/register/exchange-schema';

writeFileSync(
  join(__dirname, '..', 'docs', 'register-exchange.schema.json'),
  `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`,
);
console.log('docs/register-exchange.schema.json');
