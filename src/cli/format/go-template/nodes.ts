// Parse-tree nodes of a Go text/template, with Go's String() rendering used in error messages.

export type Node =
  | ListNode
  | TextNode
  | ActionNode
  | PipeNode
  | CommandNode
  | FieldNode
  | VariableNode
  | DotNode
  | NilNode
  | IdentifierNode
  | BoolNode
  | NumberNode
  | StringNode
  | ChainNode
  | IfNode
  | RangeNode
  | WithNode
  | BreakNode
  | ContinueNode
  | EndNode
  | ElseNode;

export interface ListNode {
  type: 'list';
  pos: number;
  nodes: Node[];
}
export interface TextNode {
  type: 'text';
  pos: number;
  text: string;
}
export interface ActionNode {
  type: 'action';
  pos: number;
  line: number;
  pipe: PipeNode;
}
export interface VariableNode {
  type: 'variable';
  pos: number;
  ident: string[];
}
export interface PipeNode {
  type: 'pipe';
  pos: number;
  line: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface CommandNode {
  type: 'command';
  pos: number;
  args: Node[];
}
export interface FieldNode {
  type: 'field';
  pos: number;
  ident: string[];
}
export interface DotNode {
  type: 'dot';
  pos: number;
}
export interface NilNode {
  type: 'nil';
  pos: number;
}
export interface IdentifierNode {
  type: 'identifier';
  pos: number;
  ident: string;
}
export interface BoolNode {
  type: 'bool';
  pos: number;
  value: boolean;
}
export interface NumberNode {
  type: 'number';
  pos: number;
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: bigint;
  float: number;
}
export interface StringNode {
  type: 'string';
  pos: number;
  quoted: string;
  text: string;
}
export interface ChainNode {
  type: 'chain';
  pos: number;
  node: Node;
  field: string[];
}
interface BranchFields {
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}
export interface IfNode extends BranchFields {
  type: 'if';
}
export interface RangeNode extends BranchFields {
  type: 'range';
}
export interface WithNode extends BranchFields {
  type: 'with';
}
export interface BreakNode {
  type: 'break';
  pos: number;
  line: number;
}
export interface ContinueNode {
  type: 'continue';
  pos: number;
  line: number;
}
export interface EndNode {
  type: 'end';
  pos: number;
}
export interface ElseNode {
  type: 'else';
  pos: number;
  line: number;
}

/** Node.String() as text/template/parse renders it. */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'text':
      return JSON.stringify(n.text);
    case 'action':
      return '{{' + nodeString(n.pipe) + '}}';
    case 'pipe': {
      let s = '';
      if (n.decl.length > 0) {
        s += n.decl.map(nodeString).join(', ');
        s += n.isAssign ? ' = ' : ' := ';
      }
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args
        .map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a)))
        .join(' ');
    case 'field':
      return n.ident.map((id) => '.' + id).join('');
    case 'variable':
      return n.ident.join('.');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'identifier':
      return n.ident;
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'chain': {
      let s = nodeString(n.node);
      if (n.node.type === 'pipe') s = '(' + s + ')';
      return s + n.field.map((f) => '.' + f).join('');
    }
    case 'if':
    case 'range':
    case 'with': {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += '{{else}}' + nodeString(n.elseList);
      return s + '{{end}}';
    }
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
  }
}
