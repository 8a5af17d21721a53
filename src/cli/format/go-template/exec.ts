// Execution of a parsed Go text/template over JS data (a port of text/template/exec.go and funcs.go).
import { utf8Length } from '../go-fmt.ts';
import {
  nodeString,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type ListNode,
  type Node,
  type NumberNode,
  type PipeNode,
  type RangeNode,
  type VariableNode,
} from './nodes.ts';
import { sprint, sprintf, sprintln } from './printf.ts';
import {
  GoFloat,
  formatV,
  goJsonMarshal,
  goTypeName,
  kindOf,
  mapKeys,
  mapZeroValue,
  numberValue,
} from './values.ts';

export type MissingKey = 'default' | 'zero' | 'error';

export interface ExecOptions {
  /** Go type of the data (e.g. "*formatter.ContainerContext"): the data is then a struct. */
  typeName?: string;
  /** The template's missingkey option (docker inspect's fallback uses "error"). */
  missingKey?: MissingKey;
  /** Use docker's HeaderFunctions (table headers: json/upper/… return their argument). */
  header?: boolean;
}

type ParamType = 'any' | 'value' | 'string' | 'int' | 'bool' | '[]string';

interface GoFunc {
  params: ParamType[];
  variadic?: ParamType;
  fn: (args: unknown[]) => unknown;
}

/** An error a function returns (wrapped as "error calling NAME: …"). */
export class FuncError extends Error {}

class ExecError extends Error {}
class BreakSignal {}
class ContinueSignal {}

const MISSING: unique symbol = Symbol('missing');
type Final = unknown | typeof MISSING;

function indirectInterface(v: unknown): unknown {
  return v === null ? undefined : v;
}

function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'string':
      return (v as string).length > 0;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'float':
      return numberValue(v) !== 0;
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return mapKeys(v as object).length > 0;
    default:
      return true;
  }
}

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'other';

function basicKind(v: unknown): BasicKind {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'other';
}

const ERR_BAD_TYPE = 'invalid type for comparison';
const ERR_BAD = 'incompatible types for comparison';

function eq(arg1: unknown, rest: unknown[]): boolean {
  arg1 = indirectInterface(arg1);
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of rest) {
    arg = indirectInterface(arg);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (arg1 !== undefined && arg !== undefined) throw new FuncError(ERR_BAD);
    } else if (k1 === 'int' || k1 === 'float') truth = numberValue(arg1) === numberValue(arg);
    else if (k1 === 'bool' || k1 === 'string') truth = arg1 === arg;
    else if (arg1 === undefined || arg === undefined) truth = arg1 === arg;
    else {
      const k = kindOf(arg);
      if (k === 'slice' || k === 'map' || k === 'func') {
        throw new FuncError(`non-comparable type ${formatV(arg, false)}: ${goTypeName(arg)}`);
      }
      truth = JSON.stringify(arg1) === JSON.stringify(arg);
    }
    if (truth) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  a = indirectInterface(a);
  b = indirectInterface(b);
  const k1 = basicKind(a);
  if (k1 === 'other') throw new FuncError(ERR_BAD_TYPE);
  const k2 = basicKind(b);
  if (k2 === 'other') throw new FuncError(ERR_BAD_TYPE);
  if (k1 !== k2) throw new FuncError(ERR_BAD);
  if (k1 === 'bool') throw new FuncError(ERR_BAD_TYPE);
  if (k1 === 'string') return (a as string) < (b as string);
  return numberValue(a) < numberValue(b);
}

function length(v: unknown): number {
  switch (kindOf(v)) {
    case 'string':
      return utf8Length(v as string);
    case 'slice':
      return (v as unknown[]).length;
    case 'map':
      return mapKeys(v as object).length;
    case 'nil':
      throw new FuncError('len of nil pointer');
    case 'invalid':
      throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
    default:
      throw new FuncError(`len of type ${goTypeName(v)}`);
  }
}

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === 'invalid' || k === 'nil') throw new FuncError('cannot index slice/array with nil');
  if (k !== 'int') throw new FuncError(`cannot index slice/array with type ${goTypeName(index)}`);
  const x = Number(index);
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, indexes: unknown[]): unknown {
  item = indirectInterface(item);
  if (item === undefined) throw new FuncError('index of untyped nil');
  for (let ix of indexes) {
    ix = indirectInterface(ix);
    if (item === null || item === undefined) throw new FuncError('index of nil pointer');
    switch (kindOf(item)) {
      case 'slice': {
        const arr = item as unknown[];
        const x = indexArg(ix, arr.length);
        if (x === arr.length) throw new FuncError('reflect: slice index out of range');
        item = arr[x];
        break;
      }
      case 'string': {
        const bytes = new TextEncoder().encode(item as string);
        const x = indexArg(ix, bytes.length);
        if (x === bytes.length) throw new FuncError('reflect: string index out of range');
        item = bytes[x];
        break;
      }
      case 'map': {
        if (kindOf(ix) !== 'string') {
          if (ix === undefined) throw new FuncError('value is nil; should be of type string');
          throw new FuncError(`value has type ${goTypeName(ix)}; should be string`);
        }
        const o = item as Record<string, unknown>;
        item = Object.prototype.hasOwnProperty.call(o, ix as string)
          ? o[ix as string]
          : mapZeroValue(o);
        break;
      }
      default:
        throw new FuncError(`can't index item of type ${goTypeName(item)}`);
    }
  }
  return item;
}

function sliceFn(item: unknown, indexes: unknown[]): unknown {
  item = indirectInterface(item);
  if (item === undefined) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  if (k !== 'string' && k !== 'slice')
    throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
  if (k === 'string' && indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
  const len =
    k === 'string' ? new TextEncoder().encode(item as string).length : (item as unknown[]).length;
  const idx = [0, len];
  indexes.slice(0, 2).forEach((x, i) => {
    idx[i] = indexArg(indirectInterface(x), len);
  });
  if ((idx[0] as number) > (idx[1] as number))
    throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (k === 'string') {
    const bytes = new TextEncoder().encode(item as string).slice(idx[0], idx[1]);
    return new TextDecoder().decode(bytes);
  }
  return (item as unknown[]).slice(idx[0], idx[1]);
}

function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) =>
    c === '<'
      ? '&lt;'
      : c === '>'
        ? '&gt;'
        : c === '&'
          ? '&amp;'
          : c === "'"
            ? '&#39;'
            : c === '"'
              ? '&#34;'
              : '\uFFFD',
  );
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    const isSep =
      !/[\p{L}\p{N}_]/u.test(prev) && (prev.charCodeAt(0) < 0x80 ? true : /\s/u.test(prev));
    out += isSep ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function goSplit(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s);
  return s.split(sep);
}

function truncateBytes(s: string, length: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length < length) return s;
  return new TextDecoder().decode(bytes.slice(0, Math.max(0, length)));
}

const BUILTINS: Record<string, GoFunc> = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined },
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  not: { params: ['value'], fn: ([a]) => !isTrue(indirectInterface(a)) },
  len: { params: ['value'], fn: ([a]) => length(indirectInterface(a)) },
  index: { params: ['value'], variadic: 'value', fn: ([a, ...rest]) => index(a, rest) },
  slice: { params: ['value'], variadic: 'value', fn: ([a, ...rest]) => sliceFn(a, rest) },
  print: { params: [], variadic: 'any', fn: (args) => sprint(args) },
  printf: { params: ['string'], variadic: 'any', fn: ([f, ...rest]) => sprintf(f as string, rest) },
  println: { params: [], variadic: 'any', fn: (args) => sprintln(args) },
  eq: { params: ['value'], variadic: 'value', fn: ([a, ...rest]) => eq(a, rest) },
  ne: { params: ['value', 'value'], fn: ([a, b]) => !eq(a, [b]) },
  lt: { params: ['value', 'value'], fn: ([a, b]) => lt(a, b) },
  le: { params: ['value', 'value'], fn: ([a, b]) => lt(a, b) || eq(a, [b]) },
  gt: { params: ['value', 'value'], fn: ([a, b]) => !(lt(a, b) || eq(a, [b])) },
  ge: { params: ['value', 'value'], fn: ([a, b]) => !lt(a, b) },
  html: { params: [], variadic: 'any', fn: (args) => htmlEscape(evalArgs(args)) },
  js: { params: [], variadic: 'any', fn: (args) => jsEscape(evalArgs(args)) },
  urlquery: {
    params: [],
    variadic: 'any',
    fn: (args) =>
      encodeURIComponent(evalArgs(args))
        .replace(/%20/g, '+')
        .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
  },
};

/** docker/cli templates' basicFunctions. */
const DOCKER_FUNCS: Record<string, GoFunc> = {
  json: { params: ['any'], fn: ([v]) => (goJsonMarshal(v, false) ?? '').trim() },
  split: { params: ['string', 'string'], fn: ([s, sep]) => goSplit(s as string, sep as string) },
  join: { params: ['[]string', 'string'], fn: ([l, sep]) => (l as string[]).join(sep as string) },
  title: { params: ['string'], fn: ([s]) => goTitle(s as string) },
  lower: { params: ['string'], fn: ([s]) => (s as string).toLowerCase() },
  upper: { params: ['string'], fn: ([s]) => (s as string).toUpperCase() },
  pad: {
    params: ['string', 'int', 'int'],
    fn: ([s, p, q]) =>
      s === '' ? '' : ' '.repeat(Math.max(0, Number(p))) + s + ' '.repeat(Math.max(0, Number(q))),
  },
  truncate: { params: ['string', 'int'], fn: ([s, n]) => truncateBytes(s as string, Number(n)) },
};

/** docker/cli templates' HeaderFunctions: a table header shows the column name untouched. */
const HEADER_FUNCS: Record<string, GoFunc> = {
  json: { params: ['string'], fn: ([v]) => v },
  split: { params: ['string', 'string'], fn: ([v]) => v },
  join: { params: ['string', 'string'], fn: ([v]) => v },
  title: { params: ['string'], fn: ([v]) => v },
  lower: { params: ['string'], fn: ([v]) => v },
  upper: { params: ['string'], fn: ([v]) => v },
  truncate: { params: ['string', 'int'], fn: ([v]) => v },
};

export function hasTemplateFunction(name: string): boolean {
  return name in BUILTINS || name in DOCKER_FUNCS;
}

function findFunction(name: string, header: boolean): GoFunc | undefined {
  if (header && Object.prototype.hasOwnProperty.call(HEADER_FUNCS, name)) return HEADER_FUNCS[name];
  if (Object.prototype.hasOwnProperty.call(DOCKER_FUNCS, name)) return DOCKER_FUNCS[name];
  if (Object.prototype.hasOwnProperty.call(BUILTINS, name)) return BUILTINS[name];
  return undefined;
}

interface Variable {
  name: string;
  value: unknown;
}

class State {
  src: string;
  out: string[] = [];
  vars: Variable[];
  node: Node | null = null;
  missingKey: MissingKey;
  rootType: string | undefined;
  root: unknown;
  header: boolean;
  depth = 0;

  constructor(src: string, data: unknown, options: ExecOptions) {
    this.src = src;
    this.vars = [{ name: '$', value: data }];
    this.missingKey = options.missingKey ?? 'default';
    this.rootType = options.typeName;
    this.root = data;
    this.header = options.header ?? false;
  }

  at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    if (this.node === null) throw new ExecError(`template: : ${msg}`);
    const pos = this.node.pos;
    const before = this.src.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = nl === -1 ? utf8Length(before) : utf8Length(before.slice(nl + 1));
    throw new ExecError(
      `template: :${line}:${col}: executing "" at <${nodeString(this.node)}>: ${msg}`,
    );
  }

  typeOf(v: unknown): string {
    if (v === this.root && this.rootType !== undefined && typeof v === 'object' && v !== null)
      return this.rootType;
    return goTypeName(v);
  }

  isStruct(v: unknown): boolean {
    if (v === this.root && this.rootType !== undefined && typeof v === 'object' && v !== null)
      return true;
    return kindOf(v) === 'struct';
  }

  // ---- walking ----

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        try {
          const val = this.evalPipeline(dot, node.pipe);
          if (isTrue(indirectInterface(val))) {
            this.walk(node.type === 'with' ? val : dot, node.list);
          } else if (node.elseList) this.walk(dot, node.elseList);
        } finally {
          this.vars.length = mark;
        }
        return;
      }
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkRange(dot: unknown, r: RangeNode): void {
    this.at(r);
    const mark = this.vars.length;
    try {
      const val = indirectInterface(this.evalPipeline(dot, r.pipe));
      const decl = r.pipe.decl;
      const oneIteration = (idx: unknown, elem: unknown): boolean => {
        if (decl.length > 0) {
          if (r.pipe.isAssign)
            this.setVar((decl[0] as VariableNode).ident[0] as string, decl.length > 1 ? idx : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar((decl[1] as VariableNode).ident[0] as string, elem);
          else this.setTopVar(2, idx);
        }
        const inner = this.vars.length;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e instanceof BreakSignal) return false;
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          this.vars.length = inner;
        }
        return true;
      };
      let any = false;
      switch (kindOf(val)) {
        case 'slice': {
          const arr = val as unknown[];
          for (let i = 0; i < arr.length; i++) {
            any = true;
            if (!oneIteration(i, arr[i])) break;
          }
          break;
        }
        case 'map': {
          const o = val as Record<string, unknown>;
          for (const k of mapKeys(o)) {
            any = true;
            if (!oneIteration(k, o[k])) break;
          }
          break;
        }
        case 'int': {
          if (decl.length > 1)
            this.errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
          const n = Number(val);
          for (let i = 0; i < n; i++) {
            any = true;
            if (!oneIteration(i, i)) break;
          }
          break;
        }
        case 'invalid':
        case 'nil':
          break;
        default:
          this.errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (!any && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  printValue(n: Node, v: unknown): void {
    this.at(n);
    if (kindOf(v) === 'func') this.errorf(`can't print ${nodeString(n)} of type func`);
    this.out.push(formatV(v));
  }

  // ---- variables ----

  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  setTopVar(n: number, value: unknown): void {
    (this.vars[this.vars.length - n] as Variable).value = value;
  }

  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v.value;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // ---- evaluation ----

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    // Unlike Go's map[string]interface{}, a null here stands for a typed nil pointer: it stays nil.
    const result = value === MISSING ? undefined : value;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0] as string, result);
      else this.vars.push({ name: v.ident[0] as string, value: result });
    }
    return result;
  }

  notAFunction(args: Node[], final: Final): void {
    if (args.length > 1 || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args[0] as Node)}`);
    }
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0] as Node;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
        break;
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    this.errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`);
  }

  idealConstant(n: NumberNode): unknown {
    this.at(n);
    if (
      n.isFloat &&
      !/^[+-]?0[xX]/.test(n.text) &&
      !n.text.startsWith("'") &&
      /[.eEpP]/.test(n.text)
    ) {
      return new GoFloat(n.float);
    }
    if (n.isInt) {
      if (n.int > BigInt(Number.MAX_SAFE_INTEGER) || n.int < BigInt(Number.MIN_SAFE_INTEGER))
        return n.int;
      return Number(n.int);
    }
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return undefined;
  }

  evalFieldNode(dot: unknown, field: FieldNode, args: Node[], final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: unknown, chain: ChainNode, args: Node[], final: Final): unknown {
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil')
      this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, 'any', chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: unknown, v: VariableNode, args: Node[], final: Final): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0] as string);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: Node,
    ident: string[],
    args: Node[],
    final: Final,
  ): unknown {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++)
      receiver = this.evalField(dot, ident[i] as string, node, [], MISSING, receiver);
    return this.evalField(dot, ident[n - 1] as string, node, args, final, receiver);
  }

  evalField(
    dot: unknown,
    fieldName: string,
    node: Node,
    args: Node[],
    final: Final,
    receiver: unknown,
  ): unknown {
    if (receiver === undefined) {
      if (this.missingKey === 'error')
        this.errorf(`nil data; no entry for key ${JSON.stringify(fieldName)}`);
      return undefined;
    }
    const typ = this.typeOf(receiver);
    if (receiver === null) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const hasArgs = args.length > 1 || final !== MISSING;
    const kind = kindOf(receiver);
    if (this.isStruct(receiver) || kind === 'map') {
      const o = receiver as Record<string, unknown>;
      const present = this.isStruct(receiver)
        ? fieldName in o && !(fieldName in Object.prototype)
        : Object.prototype.hasOwnProperty.call(o, fieldName);
      const value = present ? o[fieldName] : undefined;
      if (typeof value === 'function') {
        return this.evalCall(
          dot,
          value as (...a: unknown[]) => unknown,
          o,
          node,
          fieldName,
          args,
          final,
        );
      }
      if (this.isStruct(receiver)) {
        if (present) {
          if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
          return value;
        }
      } else {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        if (present) return value;
        if (this.missingKey === 'zero') return mapZeroValue(o);
        if (this.missingKey === 'error')
          this.errorf(`map has no entry for key ${JSON.stringify(fieldName)}`);
        return undefined;
      }
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  evalFunction(dot: unknown, node: IdentifierNode, args: Node[], final: Final): unknown {
    this.at(node);
    const name = node.ident;
    const f = findFunction(name, this.header);
    if (f === undefined) this.errorf(`${JSON.stringify(name)} is not a defined function`);
    return this.callGo(dot, f, name, node, args, final);
  }

  /** Calls a method of the data (a JS function): arguments are untyped. */
  evalCall(
    dot: unknown,
    fn: (...a: unknown[]) => unknown,
    self: unknown,
    node: Node,
    name: string,
    args: Node[],
    final: Final,
  ): unknown {
    const params: ParamType[] = Array.from({ length: fn.length }, () => 'any');
    return this.callGo(dot, { params, fn: (a) => fn.apply(self, a) }, name, node, args, final);
  }

  callGo(
    dot: unknown,
    f: GoFunc,
    name: string,
    node: Node,
    cmdArgs: Node[],
    final: Final,
  ): unknown {
    const args = cmdArgs.slice(1);
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    const nParams = f.params.length;
    if (f.variadic !== undefined) {
      if (numIn < nParams)
        this.errorf(
          `wrong number of args for ${name}: want at least ${nParams} got ${args.length}`,
        );
    } else if (numIn !== nParams) {
      this.errorf(`wrong number of args for ${name}: want ${nParams} got ${numIn}`);
    }
    const paramAt = (i: number): ParamType =>
      i < nParams ? (f.params[i] as ParamType) : (f.variadic as ParamType);
    if (f === BUILTINS.and || f === BUILTINS.or) {
      const isOr = f === BUILTINS.or;
      let v: unknown = undefined;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(indirectInterface(v)) === isOr) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const values: unknown[] = args.map((a, i) => this.evalArg(dot, paramAt(i), a));
    if (final !== MISSING) values.push(this.validateType(final, paramAt(args.length)));
    try {
      return f.fn(values);
    } catch (e) {
      if (e instanceof FuncError || (e instanceof Error && !(e instanceof ExecError))) {
        this.at(node);
        this.errorf(`error calling ${name}: ${e.message}`);
      }
      throw e;
    }
  }

  validateType(value: unknown, typ: ParamType): unknown {
    if (value === undefined) {
      if (typ === 'any' || typ === 'value') return undefined;
      if (typ === '[]string') return [];
      this.errorf(`invalid value; expected ${typ}`);
    }
    const k = kindOf(value);
    const ok =
      typ === 'any' ||
      typ === 'value' ||
      (typ === 'string' && k === 'string') ||
      (typ === 'int' && k === 'int') ||
      (typ === 'bool' && k === 'bool') ||
      (typ === '[]string' &&
        k === 'slice' &&
        (value as unknown[]).every((x) => typeof x === 'string'));
    if (!ok) this.errorf(`wrong type for value; expected ${typ}; got ${goTypeName(value)}`);
    return value;
  }

  evalArg(dot: unknown, typ: ParamType, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'any' || typ === 'value' || typ === '[]string') return null;
        this.errorf(`cannot assign nil to ${typ}`);
        break;
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, [], MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, [n], MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
        break;
      case 'int':
        if (n.type === 'number' && n.isInt) return Number(n.int);
        this.errorf(`expected integer; found ${nodeString(n)}`);
        break;
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
        break;
      case 'any':
      case 'value':
        return this.evalEmptyInterface(dot, n);
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${typ}`);
  }

  evalEmptyInterface(dot: unknown, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
}

export type ExecOutcome = { ok: true; output: string } | { ok: false; error: string };

/** Runs a parsed template over data. */
export function execute(
  src: string,
  root: ListNode,
  data: unknown,
  options: ExecOptions = {},
): ExecOutcome {
  const s = new State(src, data, options);
  try {
    s.walk(data, root);
    return { ok: true, output: s.out.join('') };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message };
    if (e instanceof RangeError)
      return { ok: false, error: 'template: : exceeded maximum template depth' };
    throw e;
  }
}
