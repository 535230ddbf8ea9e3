/**
 * Enough SOQL to answer a sync: `SELECT fields | COUNT() FROM Object [WHERE …] [ORDER BY …]
 * [LIMIT n] [OFFSET n]`, with AND / OR / NOT, parentheses, `= != <> < <= > >=`, `IN (…)`,
 * `NOT IN (…)`, and string, number, boolean, null, date and datetime literals. Anything else is
 * a `MALFORMED_QUERY`, as Salesforce would answer.
 */
import { parseInstant } from '@onpace/core/calendar';

export class SoqlError extends Error {
  override readonly name = 'SoqlError';
  constructor(
    readonly errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE',
    message: string,
  ) {
    super(message);
  }
}

export type SoqlValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'datetime'; readonly value: number; readonly text: string };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type SoqlCondition =
  | { readonly kind: 'and' | 'or'; readonly items: readonly SoqlCondition[] }
  | { readonly kind: 'not'; readonly item: SoqlCondition }
  | {
      readonly kind: 'compare';
      readonly field: string;
      readonly operator: ComparisonOperator;
      readonly value: SoqlValue;
    }
  | {
      readonly kind: 'in';
      readonly field: string;
      readonly negated: boolean;
      readonly values: readonly SoqlValue[];
    };

export interface SoqlOrder {
  readonly field: string;
  readonly descending: boolean;
  readonly nullsLast: boolean;
}

export interface SoqlQuery {
  /** Null for `SELECT COUNT()`. */
  readonly fields: readonly string[] | null;
  readonly object: string;
  readonly where: SoqlCondition | null;
  readonly orderBy: readonly SoqlOrder[];
  readonly limit: number | null;
  readonly offset: number;
}

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number }
  | { readonly kind: 'number'; readonly text: string; readonly at: number }
  | { readonly kind: 'date'; readonly text: string; readonly at: number }
  | { readonly kind: 'datetime'; readonly text: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number };

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;

function unexpected(text: string, at: number): SoqlError {
  return new SoqlError('MALFORMED_QUERY', `unexpected token: '${text}' at column ${at + 1}`);
}

export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < soql.length) {
    const character = soql.charAt(index);
    if (/\s/.test(character)) {
      index += 1;
      continue;
    }
    const rest = soql.slice(index);
    if (character === "'") {
      let value = '';
      let cursor = index + 1;
      for (;;) {
        if (cursor >= soql.length)
          throw new SoqlError('MALFORMED_QUERY', `unterminated string at column ${index + 1}`);
        const next = soql.charAt(cursor);
        if (next === "'") break;
        if (next === '\\') {
          const escaped = ESCAPES[soql.charAt(cursor + 1)];
          if (escaped === undefined) {
            throw new SoqlError('MALFORMED_QUERY', `invalid escape sequence at column ${cursor + 1}`);
          }
          value += escaped;
          cursor += 2;
          continue;
        }
        value += next;
        cursor += 1;
      }
      tokens.push({ kind: 'string', text: value, at: index });
      index = cursor + 1;
      continue;
    }
    const datetime = DATETIME.exec(rest);
    if (datetime) {
      tokens.push({ kind: 'datetime', text: datetime[0], at: index });
      index += datetime[0].length;
      continue;
    }
    const date = DATE.exec(rest);
    if (date) {
      tokens.push({ kind: 'date', text: date[0], at: index });
      index += date[0].length;
      continue;
    }
    const number = /^-?\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], at: index });
      index += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', text: word[0], at: index });
      index += word[0].length;
      continue;
    }
    const symbol = /^(?:<=|>=|!=|<>|[=<>(),])/.exec(rest);
    if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[0], at: index });
      index += symbol[0].length;
      continue;
    }
    throw unexpected(character, index);
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isKeyword(keyword: string, offset = 0): boolean {
    const token = this.tokens[this.position + offset];
    return token?.kind === 'word' && token.text.toUpperCase() === keyword;
  }

  private take(): Token {
    const token = this.tokens[this.position];
    if (!token) throw new SoqlError('MALFORMED_QUERY', 'unexpected end of query');
    this.position += 1;
    return token;
  }

  private expectKeyword(keyword: string): void {
    const token = this.take();
    if (token.kind !== 'word' || token.text.toUpperCase() !== keyword) throw unexpected(token.text, token.at);
  }

  private expectSymbol(symbol: string): void {
    const token = this.take();
    if (token.kind !== 'symbol' || token.text !== symbol) throw unexpected(token.text, token.at);
  }

  private field(): string {
    const token = this.take();
    if (token.kind !== 'word') throw unexpected(token.text, token.at);
    return token.text;
  }

  private wholeNumber(): number {
    const token = this.take();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw unexpected(token.text, token.at);
    return Number(token.text);
  }

  parse(): SoqlQuery {
    this.expectKeyword('SELECT');
    let fields: string[] | null = [];
    if (this.isKeyword('COUNT') && this.tokens[this.position + 1]?.text === '(') {
      this.take();
      this.expectSymbol('(');
      this.expectSymbol(')');
      fields = null;
    } else {
      fields.push(this.field());
      while (this.peek()?.text === ',') {
        this.take();
        fields.push(this.field());
      }
    }
    this.expectKeyword('FROM');
    const object = this.field();
    let where: SoqlCondition | null = null;
    if (this.isKeyword('WHERE')) {
      this.take();
      where = this.disjunction();
    }
    const orderBy: SoqlOrder[] = [];
    if (this.isKeyword('ORDER')) {
      this.take();
      this.expectKeyword('BY');
      do {
        if (orderBy.length > 0) this.take();
        const field = this.field();
        let descending = false;
        if (this.isKeyword('ASC')) this.take();
        else if (this.isKeyword('DESC')) {
          this.take();
          descending = true;
        }
        let nullsLast = descending;
        if (this.isKeyword('NULLS')) {
          this.take();
          const which = this.take();
          if (which.kind !== 'word' || !['FIRST', 'LAST'].includes(which.text.toUpperCase())) {
            throw unexpected(which.text, which.at);
          }
          nullsLast = which.text.toUpperCase() === 'LAST';
        }
        orderBy.push({ field, descending, nullsLast });
      } while (this.peek()?.text === ',');
    }
    let limit: number | null = null;
    let offset = 0;
    if (this.isKeyword('LIMIT')) {
      this.take();
      limit = this.wholeNumber();
    }
    if (this.isKeyword('OFFSET')) {
      this.take();
      offset = this.wholeNumber();
    }
    const extra = this.peek();
    if (extra) throw unexpected(extra.text, extra.at);
    return { fields, object, where, orderBy, limit, offset };
  }

  private disjunction(): SoqlCondition {
    const items = [this.conjunction()];
    while (this.isKeyword('OR')) {
      this.take();
      items.push(this.conjunction());
    }
    return items.length === 1 ? (items[0] as SoqlCondition) : { kind: 'or', items };
  }

  private conjunction(): SoqlCondition {
    const items = [this.negation()];
    while (this.isKeyword('AND')) {
      this.take();
      items.push(this.negation());
    }
    return items.length === 1 ? (items[0] as SoqlCondition) : { kind: 'and', items };
  }

  private negation(): SoqlCondition {
    if (this.isKeyword('NOT')) {
      this.take();
      return { kind: 'not', item: this.negation() };
    }
    if (this.peek()?.text === '(') {
      this.take();
      const inner = this.disjunction();
      this.expectSymbol(')');
      return inner;
    }
    return this.comparison();
  }

  private comparison(): SoqlCondition {
    const field = this.field();
    if (this.isKeyword('IN') || (this.isKeyword('NOT') && this.isKeyword('IN', 1))) {
      const negated = this.isKeyword('NOT');
      if (negated) this.take();
      this.take();
      this.expectSymbol('(');
      const values = [this.value()];
      while (this.peek()?.text === ',') {
        this.take();
        values.push(this.value());
      }
      this.expectSymbol(')');
      return { kind: 'in', field, negated, values };
    }
    const operatorToken = this.take();
    if (
      operatorToken.kind !== 'symbol' ||
      !['=', '!=', '<>', '<', '<=', '>', '>='].includes(operatorToken.text)
    ) {
      throw unexpected(operatorToken.text, operatorToken.at);
    }
    const operator = (operatorToken.text === '<>' ? '!=' : operatorToken.text) as ComparisonOperator;
    return { kind: 'compare', field, operator, value: this.value() };
  }

  private value(): SoqlValue {
    const token = this.take();
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.text };
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'date':
        return { kind: 'date', value: token.text };
      case 'datetime': {
        const epochMs = parseInstant(token.text);
        if (Number.isNaN(epochMs)) throw unexpected(token.text, token.at);
        return { kind: 'datetime', value: epochMs, text: token.text };
      }
      case 'word': {
        const word = token.text.toLowerCase();
        if (word === 'null') return { kind: 'null' };
        if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true' };
        // Date literals such as TODAY or LAST_N_DAYS:7 depend on the running user's zone: the
        // connectors must send explicit bounds, so the fake refuses them loudly.
        throw new SoqlError('MALFORMED_QUERY', `unsupported literal ${token.text}: send explicit UTC bounds`);
      }
      default:
        throw unexpected(token.text, token.at);
    }
  }
}

export function parseSoql(soql: string): SoqlQuery {
  return new Parser(tokenize(soql)).parse();
}
