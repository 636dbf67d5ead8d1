import { z } from 'zod';
import { catalog } from '../i18n/catalog';
import { registerExchangeSchema } from './exchange';

type Json = { [key: string]: unknown };

/** Adds each field's label (English / Hindi, from the message catalog) as its description. */
function describe(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describe);
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  const properties = object.properties as Json | undefined;
  if (properties) {
    for (const [name, property] of Object.entries(properties)) {
      const label = (catalog as Record<string, { en: string; hi: string } | undefined>)[`field.${name}`];
      if (label && property && typeof property === 'object') (property as Json).description = `${label.en} / ${label.hi}`;
    }
  }
  Object.values(object).forEach(describe);
}

/** JSON Schema (draft 2020-12) of the exchange file, as documented in docs/register-exchange.schema.json. */
export function exchangeJsonSchema(): object {
  const schema = z.toJSONSchema(registerExchangeSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Json;
  describe(schema);
  return {
    ...schema,
    $id: 'https://prasav.invalid/schema/register-exchange-v1.json',
    title: 'Prasav labour-room register, exchange file v1',
    description:
      'Every field of every delivery record (names as in register.md), its babies, referrals and change history. Dates YYYY-MM-DD; date-times ISO 8601 with the facility offset.',
  };
}
