// Turns the syntax tree into a flat instruction list with jumps, so a running script is just data plus a position.
import type { Instr, Node } from './ast.ts';

interface LoopLabels {
  breakTo: number[];
  continueTo: number;
  hasIter: boolean;
}

export function compile(root: Node): Instr[] {
  const code: Instr[] = [];
  const loops: LoopLabels[] = [];
  const emit = (i: Instr): number => code.push(i) - 1;
  const here = () => code.length;
  const patch = (at: number, to: number) => {
    const i = code[at];
    if (i && 'to' in i) i.to = to;
  };

  const walk = (n: Node, cond: boolean): void => {
    switch (n.k) {
      case 'simple': {
        const w0 = n.words[0];
        const name = w0?.length === 1 && w0[0]?.t === 'lit' && !w0[0].q ? w0[0].v : '';
        if (
          (name === 'break' || name === 'continue') &&
          loops.length > 0 &&
          n.redirs.length === 0
        ) {
          walk({ k: 'break', continue: name === 'continue' }, cond);
          return;
        }
        emit({
          op: 'cmd',
          words: n.words,
          assigns: n.assigns,
          redirs: n.redirs,
          line: n.line,
          ...(cond ? { cond } : {}),
        });
        return;
      }
      case 'seq':
        if (n.items.length === 0) emit({ op: 'status', value: 0 });
        for (const item of n.items) walk(item, cond);
        return;
      case 'and':
      case 'or': {
        walk(n.left, true);
        const j = emit(n.k === 'and' ? { op: 'jnz', to: -1 } : { op: 'jz', to: -1 });
        walk(n.right, cond);
        patch(j, here());
        return;
      }
      case 'not':
        walk(n.body, true);
        emit({ op: 'not' });
        return;
      case 'if': {
        const ends: number[] = [];
        for (const arm of n.arms) {
          walk(arm.cond, true);
          const skip = emit({ op: 'jnz', to: -1 });
          walk(arm.body, cond);
          ends.push(emit({ op: 'jmp', to: -1 }));
          patch(skip, here());
        }
        if (n.orElse) walk(n.orElse, cond);
        else emit({ op: 'status', value: 0 });
        for (const e of ends) patch(e, here());
        return;
      }
      case 'loop': {
        emit({ op: 'lpush' });
        const top = here();
        walk(n.cond, true);
        const exit = emit(n.until ? { op: 'jz', to: -1 } : { op: 'jnz', to: -1 });
        const labels: LoopLabels = { breakTo: [], continueTo: top, hasIter: false };
        loops.push(labels);
        walk(n.body, cond);
        loops.pop();
        emit({ op: 'lsave' });
        emit({ op: 'jmp', to: top });
        patch(exit, here());
        for (const b of labels.breakTo) patch(b, here());
        emit({ op: 'lpop' });
        return;
      }
      case 'for': {
        emit({ op: 'lpush' });
        emit({ op: 'forin', name: n.name, items: n.items });
        const top = emit({ op: 'fornext', to: -1 });
        const labels: LoopLabels = { breakTo: [], continueTo: top, hasIter: true };
        loops.push(labels);
        walk(n.body, cond);
        loops.pop();
        emit({ op: 'lsave' });
        emit({ op: 'jmp', to: top });
        patch(top, here());
        for (const b of labels.breakTo) patch(b, here());
        emit({ op: 'lpop' });
        return;
      }
      case 'case': {
        const at = emit({ op: 'case', word: n.word, arms: [], end: -1 });
        const ends: number[] = [];
        const arms: { pats: (typeof n.arms)[number]['pats']; to: number }[] = [];
        for (const arm of n.arms) {
          arms.push({ pats: arm.pats, to: here() });
          walk(arm.body, cond);
          ends.push(emit({ op: 'jmp', to: -1 }));
        }
        const end = here();
        for (const e of ends) patch(e, end);
        code[at] = { op: 'case', word: n.word, arms, end };
        return;
      }
      case 'func': {
        const body = compile(n.body);
        body.push({ op: 'ret' });
        emit({ op: 'func', name: n.name, body });
        return;
      }
      case 'break': {
        const loop = loops[loops.length - 1];
        if (!loop) {
          emit({ op: 'status', value: 0 });
          return;
        }
        if (n.continue) emit({ op: 'jmp', to: loop.continueTo });
        else loop.breakTo.push(emit({ op: 'break', to: -1, dropIter: loop.hasIter }));
        return;
      }
    }
  };
  walk(root, false);
  return code;
}
