import { describe, expect, it } from 'vitest';
import { evaluateComparison, ExpressionError, operandsOf, parseExpression } from '../../src/shared/hmis/expression';

const values: Record<string, number | null> = {
  '2.2': 100,
  '3.1': 30,
  '3.1.1': 12,
  '4.1.1.a': 51,
  '4.1.1.b': 50,
  '4.1.3': 1,
  '16.1.1a': 2,
  '6.2': null,
};
const lookup = (o: { kind: 'item'; item: string } | { kind: 'key'; key: string }) =>
  o.kind === 'item' ? (values[o.item] ?? null) : o.key === 'births.live' ? 101 : null;

describe('HMIS rule expressions', () => {
  it('reads item numbers (with letters and without dots before them), sums, differences and several comparisons', () => {
    const parsed = parseExpression('3.1.1 <= 3.1; 2.2 - 3.1 >= 16.1.1a + 4.1.3');
    expect(parsed).toHaveLength(2);
    expect(operandsOf(parsed).items.sort()).toEqual(['16.1.1a', '2.2', '3.1', '3.1.1', '4.1.3']);
    expect(parsed.map((c) => evaluateComparison(c, lookup))).toEqual([
      { text: '3.1.1 <= 3.1', left: 12, right: 30, passed: true },
      { text: '2.2 - 3.1 >= 16.1.1a + 4.1.3', left: 70, right: 3, passed: true },
    ]);
  });

  it('treats a factor before * and an undotted number as constants, and honours a guard', () => {
    const [c] = parseExpression('4.1.1.a + 4.1.1.b + 4.1.3 <= 1.05 * (2.2) when 2.2 >= 20');
    expect(operandsOf([c!]).items.sort()).toEqual(['2.2', '4.1.1.a', '4.1.1.b', '4.1.3']);
    expect(evaluateComparison(c!, lookup)).toMatchObject({ left: 102, right: 105, passed: true });
    const small = (o: { kind: 'item'; item: string } | { kind: 'key'; key: string }) =>
      o.kind === 'item' && o.item === '2.2' ? 10 : lookup(o);
    // Fewer than 20 deliveries: the rule does not apply.
    expect(evaluateComparison(c!, small).passed).toBeNull();
  });

  it('reads computation keys that are not items, and leaves a comparison with a blank operand unjudged', () => {
    const [a, b] = parseExpression('4.1.1.a + 4.1.1.b = $births.live; 6.2 <= 2.2');
    expect(operandsOf([a!, b!]).keys).toEqual(['births.live']);
    expect(evaluateComparison(a!, lookup).passed).toBe(true);
    expect(evaluateComparison(b!, lookup)).toMatchObject({ left: null, passed: null });
  });

  it('fails a broken rule loudly', () => {
    expect(() => parseExpression('3.1 <= ')).toThrow(ExpressionError);
    expect(() => parseExpression('3.1 2.2')).toThrow(ExpressionError);
    expect(() => parseExpression('3.1 <= 2.2 & 4')).toThrow(ExpressionError);
    expect(() => parseExpression('')).toThrow(ExpressionError);
  });

  it('compares 1.05 × n without floating-point noise', () => {
    const [c] = parseExpression('4.1.1.a <= 1.05 * 2.2');
    const exact = (o: { kind: 'item'; item: string } | { kind: 'key'; key: string }) =>
      o.kind === 'item' && o.item === '4.1.1.a' ? 105 : 100;
    expect(evaluateComparison(c!, exact).passed).toBe(true);
  });
});
