/**
 * A tiny arithmetic language for figures in guide files: numbers, identifiers (number
 * question ids), + - * / ( ), unary minus and a few functions. Parsed by hand so data files
 * can never run code.
 */
export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; args: Expr[] };

const FUNCTIONS = {
  min: (...xs: number[]) => Math.min(...xs),
  max: (...xs: number[]) => Math.max(...xs),
  round: (x: number) => Math.round(x),
  ceil: (x: number) => Math.ceil(x),
  floor: (x: number) => Math.floor(x),
} as const;
type FunctionName = keyof typeof FUNCTIONS;

export class FormulaError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9]*)|(.))/gy;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (match = TOKEN.exec(source))) {
    const token = match[1] ?? match[2] ?? match[3];
    if (token === undefined) break;
    if (match[3] && !'+-*/(),'.includes(token)) throw new FormulaError(`unexpected "${token}" in formula`);
    tokens.push(token);
  }
  return tokens;
}

export function parseFormula(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (t === undefined || (expected && t !== expected)) {
      throw new FormulaError(`expected ${expected ?? 'a value'} but found ${t ?? 'the end'} in formula`);
    }
    return t;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') left = { kind: 'bin', op: take() as '+' | '-', left, right: product() };
    return left;
  };
  const product = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') left = { kind: 'bin', op: take() as '*' | '/', left, right: unary() };
    return left;
  };
  const unary = (): Expr => (peek() === '-' ? (take(), { kind: 'neg', arg: unary() }) : atom());
  const atom = (): Expr => {
    const t = take();
    if (t === '(') {
      const inner = sum();
      take(')');
      return inner;
    }
    if (/^\d/.test(t)) return { kind: 'num', value: Number(t) };
    if (!/^[A-Za-z]/.test(t)) throw new FormulaError(`unexpected "${t}" in formula`);
    if (peek() !== '(') return { kind: 'ref', name: t };
    if (!(t in FUNCTIONS)) throw new FormulaError(`unknown function ${t}(); use ${Object.keys(FUNCTIONS).join(', ')}`);
    take('(');
    const args = [sum()];
    while (peek() === ',') (take(), args.push(sum()));
    take(')');
    return { kind: 'call', fn: t as FunctionName, args };
  };
  const expr = sum();
  if (i < tokens.length) throw new FormulaError(`unexpected "${tokens[i]}" in formula`);
  return expr;
}

export function formulaRefs(expr: Expr, into: string[] = []): string[] {
  if (expr.kind === 'ref' && !into.includes(expr.name)) into.push(expr.name);
  if (expr.kind === 'neg') formulaRefs(expr.arg, into);
  if (expr.kind === 'bin') (formulaRefs(expr.left, into), formulaRefs(expr.right, into));
  if (expr.kind === 'call') expr.args.forEach((a) => formulaRefs(a, into));
  return into;
}

export function evaluate(expr: Expr, vars: Record<string, number>): number {
  switch (expr.kind) {
    case 'num':
      return expr.value;
    case 'ref': {
      const v = vars[expr.name];
      if (v === undefined) throw new FormulaError(`formula needs ${expr.name}, which is not answered`);
      return v;
    }
    case 'neg':
      return -evaluate(expr.arg, vars);
    case 'call':
      return (FUNCTIONS[expr.fn] as (...xs: number[]) => number)(...expr.args.map((a) => evaluate(a, vars)));
    case 'bin': {
      const l = evaluate(expr.left, vars);
      const r = evaluate(expr.right, vars);
      return expr.op === '+' ? l + r : expr.op === '-' ? l - r : expr.op === '*' ? l * r : l / r;
    }
  }
}
