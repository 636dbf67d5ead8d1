/**
 * Validation-rule expressions over item numbers, as docs/domain/hmis.md writes them: `3.1 <= 2.2`,
 * `4.1.1.a + 4.1.1.b + 4.1.3 >= 2.2`, `4.1.1.a + 4.1.1.b <= 1.05 * (2.2) when 2.2 >= 20`, several comparisons
 * separated by `;`. Operands: item numbers (`4.1.3.a`, `16.1.1a`), computation keys of values that are not items
 * (`$births.live.hbsag_positive_mother`), and numbers. A token is a number when it has no dot (`20`) or is a
 * factor before `*` (`1.05 * …`); every other dotted token is an item number. Unknown items are refused when the
 * format file loads, so a mistyped constant cannot silently become an item.
 */

export type Operand = { kind: 'item'; item: string } | { kind: 'key'; key: string } | { kind: 'number'; value: number };
export interface Term {
  sign: 1 | -1;
  factor: number;
  operand: Operand | Sum;
}
export interface Sum {
  kind: 'sum';
  terms: Term[];
}
export type Comparator = '<=' | '>=' | '=' | '<' | '>';
export interface Comparison {
  left: Sum;
  op: Comparator;
  right: Sum;
  /** Evaluated only when the guard holds (`when 2.2 >= 20`). */
  when: { left: Sum; op: Comparator; right: Sum } | null;
  text: string;
}

export class ExpressionError extends Error {}

const TOKEN = /\s*(<=|>=|=|<|>|\+|-|\*|\(|\)|;|\$[a-z0-9_.]+|[0-9][0-9A-Za-z.]*|when\b)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (!match) throw new ExpressionError(`unexpected "${text.slice(at).trim().slice(0, 12)}" in "${text}"`);
    tokens.push(match[1]!);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

const COMPARATORS: readonly string[] = ['<=', '>=', '=', '<', '>'];

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: string[],
    private readonly source: string,
  ) {}

  private peek(offset = 0): string | undefined {
    return this.tokens[this.i + offset];
  }
  private next(): string {
    const token = this.tokens[this.i++];
    if (token === undefined) throw new ExpressionError(`unexpected end of "${this.source}"`);
    return token;
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }

  comparisons(): Comparison[] {
    const list: Comparison[] = [];
    for (;;) {
      const start = this.i;
      const left = this.sum();
      const op = this.comparator();
      const right = this.sum();
      let when: Comparison['when'] = null;
      if (this.peek() === 'when') {
        this.next();
        when = { left: this.sum(), op: this.comparator(), right: this.sum() };
      }
      list.push({ left, op, right, when, text: this.tokens.slice(start, this.i).join(' ') });
      if (this.done()) return list;
      if (this.next() !== ';') throw new ExpressionError(`expected ";" in "${this.source}"`);
    }
  }

  private comparator(): Comparator {
    const token = this.next();
    if (!COMPARATORS.includes(token)) throw new ExpressionError(`expected a comparison, got "${token}" in "${this.source}"`);
    return token as Comparator;
  }

  sum(): Sum {
    const terms: Term[] = [];
    let sign: 1 | -1 = 1;
    if (this.peek() === '-') {
      this.next();
      sign = -1;
    }
    for (;;) {
      terms.push(this.term(sign));
      const token = this.peek();
      if (token !== '+' && token !== '-') return { kind: 'sum', terms };
      this.next();
      sign = token === '+' ? 1 : -1;
    }
  }

  private term(sign: 1 | -1): Term {
    let factor = 1;
    if (this.peek(1) === '*') {
      factor = Number(this.next());
      if (!Number.isFinite(factor)) throw new ExpressionError(`bad factor in "${this.source}"`);
      this.next();
    }
    return { sign, factor, operand: this.operand() };
  }

  private operand(): Operand | Sum {
    const token = this.next();
    if (token === '(') {
      const inner = this.sum();
      if (this.next() !== ')') throw new ExpressionError(`expected ")" in "${this.source}"`);
      return inner;
    }
    if (token.startsWith('$')) return { kind: 'key', key: token.slice(1) };
    if (/^[0-9]+$/.test(token)) return { kind: 'number', value: Number(token) };
    if (/^[0-9]/.test(token)) return { kind: 'item', item: token.replace(/\.$/, '') };
    throw new ExpressionError(`unexpected "${token}" in "${this.source}"`);
  }
}

export function parseExpression(text: string): Comparison[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new ExpressionError('empty expression');
  return new Parser(tokens, text).comparisons();
}

/** Every item number and computation key an expression reads. */
export function operandsOf(comparisons: readonly Comparison[]): { items: string[]; keys: string[] } {
  const items = new Set<string>();
  const keys = new Set<string>();
  const visit = (sum: Sum) => {
    for (const term of sum.terms) {
      const o = term.operand;
      if (o.kind === 'sum') visit(o);
      else if (o.kind === 'item') items.add(o.item);
      else if (o.kind === 'key') keys.add(o.key);
    }
  };
  for (const c of comparisons) {
    visit(c.left);
    visit(c.right);
    if (c.when) {
      visit(c.when.left);
      visit(c.when.right);
    }
  }
  return { items: [...items], keys: [...keys] };
}

/** A value lookup: null = blank (not computed and not entered). */
export type Lookup = (operand: { kind: 'item'; item: string } | { kind: 'key'; key: string }) => number | null;

export function evaluateSum(sum: Sum, lookup: Lookup): number | null {
  let total = 0;
  for (const term of sum.terms) {
    const o = term.operand;
    const value = o.kind === 'sum' ? evaluateSum(o, lookup) : o.kind === 'number' ? o.value : lookup(o);
    if (value === null) return null;
    total += term.sign * term.factor * value;
  }
  return total;
}

export function compare(a: number, op: Comparator, b: number): boolean {
  // Rounding guards factors such as 1.05 × n against floating-point noise.
  const x = Math.round(a * 1e6) / 1e6;
  const y = Math.round(b * 1e6) / 1e6;
  switch (op) {
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    case '=':
      return x === y;
    case '<':
      return x < y;
    case '>':
      return x > y;
  }
}

export interface ComparisonResult {
  text: string;
  left: number | null;
  right: number | null;
  /** null: not evaluated (a blank operand, or the guard does not hold). */
  passed: boolean | null;
}

export function evaluateComparison(c: Comparison, lookup: Lookup): ComparisonResult {
  if (c.when) {
    const l = evaluateSum(c.when.left, lookup);
    const r = evaluateSum(c.when.right, lookup);
    if (l === null || r === null || !compare(l, c.when.op, r)) return { text: c.text, left: null, right: null, passed: null };
  }
  const left = evaluateSum(c.left, lookup);
  const right = evaluateSum(c.right, lookup);
  if (left === null || right === null) return { text: c.text, left, right, passed: null };
  return { text: c.text, left, right, passed: compare(left, c.op, right) };
}
