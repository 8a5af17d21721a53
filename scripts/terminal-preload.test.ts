// The preload step of the build: which chunks a full-window terminal page asks for from its <head>.
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  chunkClosure,
  staticImports,
  withCompileHint,
  withPreloads,
} from './terminal-preload.ts';

describe('terminal preload', () => {
  it('reads the static imports of a built chunk, not its dynamic ones', () => {
    const code =
      'const __vite__mapDeps=(i)=>i;\nimport{n as e}from"./fr.A1.js";import{openPageMachine as t,s as n}from"./page-machine.B2.js";import"./side.C3.js";var x=()=>import(`./cli.D4.js`);';
    expect(staticImports(code)).toEqual(['fr.A1.js', 'page-machine.B2.js', 'side.C3.js']);
  });

  it('follows imports once each, cycles included', () => {
    const files: Record<string, string> = {
      'mount.js': 'import{a}from"./a.js";import{b}from"./b.js";',
      'a.js': 'import{b}from"./b.js";',
      'b.js': 'import{a}from"./a.js";',
    };
    expect(chunkClosure(['mount.js'], (file) => files[file] ?? '')).toEqual([
      'mount.js',
      'a.js',
      'b.js',
    ]);
  });

  it('adds links to full-window terminal pages only, under the base path of their script', () => {
    const page = (cls: string) =>
      `<html><head><title>x</title></head><body><cours-terminal class="${cls}" data-terminal></cours-terminal><script type="module" src="/cours/_astro/Terminal.astro_astro_type_script_index_0_lang.X.js"></script></body></html>`;
    expect(
      withPreloads(page('terminal not-content terminal--full'), ['mount.A.js'], ['mount.A.js']),
    ).toContain(
      '<link rel="modulepreload" href="/cours/_astro/mount.A.js"><script type="module" async>import("/cours/_astro/mount.A.js");</script></head>',
    );
    const chapter = page('terminal not-content');
    expect(withPreloads(chapter, ['mount.A.js'])).toBe(chapter);
  });

  it('puts the compile hint on the first line of the chunk, once', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nimport{n as e}from"./fr.A1.js";';
    const hinted = withCompileHint(code);
    expect(hinted.split('\n')[0]).toBe(COMPILE_HINT);
    expect(hinted.endsWith(code)).toBe(true);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('loads the machine early only in a browser that saved it', () => {
    const page =
      '<html><head></head><body><cours-terminal class="terminal terminal--full" data-terminal data-machine="bac-a-sable"></cours-terminal><script type="module" src="/_astro/Terminal.astro_astro_type_script_index_0_lang.X.js"></script></body></html>';
    const html = withPreloads(page, ['mount.A.js'], ['mount.A.js'], 'page-machine.B.js');
    expect(html).toContain(
      'try{localStorage.getItem("cours-docker:saved:bac-a-sable")!==null&&import("/_astro/page-machine.B.js")}catch{}',
    );
    expect(html).not.toContain('href="/_astro/page-machine.B.js"');
  });
});
