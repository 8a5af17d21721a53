// Tests of the Go template subset: the transcripts' --format records, then Go's semantics and errors.
import { describe, expect, it } from 'vitest';
import { executeTemplate, goStruct, GoFloat, parseTemplate, type ExecOptions } from './index.ts';
import webJson from './container-web.fixture.json' with { type: 'json' };
import webProdJson from './container-web-prod-limits-env-restart.fixture.json' with { type: 'json' };
import nginxJson from './image-nginx.fixture.json' with { type: 'json' };

const web = webJson[0] as Record<string, unknown>;
const webProd = webProdJson[0] as Record<string, unknown>;
const nginx = nginxJson[0] as Record<string, unknown>;

function run(src: string, data: unknown, options?: ExecOptions): string {
  const p = parseTemplate(src);
  if (!p.ok) return 'PARSE ' + p.error;
  const r = executeTemplate(p.template, data, options);
  return r.ok ? r.output : 'EXEC ' + r.error;
}

describe('records of the transcripts', () => {
  it('inspect-status, inspect-status-exited, inspect-name, inspect-ip', () => {
    expect(run('{{.State.Status}}', web)).toBe('running');
    expect(
      run('{{.State.Status}} {{.State.ExitCode}}', { State: { Status: 'exited', ExitCode: 0 } }),
    ).toBe('exited 0');
    expect(run('{{.Name}}', web)).toBe('/web');
    expect(run('{{.Name}} {{.State.Running}}', web)).toBe('/web true');
    expect(run('{{.NetworkSettings.IPAddress}}', web)).toBe('172.17.0.3');
  });

  it('inspect-ip-networks: range over a map', () => {
    expect(run('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', web)).toBe('172.17.0.3');
  });

  it('inspect-json-state: struct field order kept', () => {
    expect(run('{{json .State}}', web)).toBe(
      '{"Status":"running","Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":22836,"ExitCode":0,"Error":"","StartedAt":"2026-11-27T19:32:05.196926647Z","FinishedAt":"0001-01-01T00:00:00Z"}',
    );
  });

  it('inspect-ports', () => {
    expect(run('{{json .NetworkSettings.Ports}}', web)).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}',
    );
  });

  it('inspect-env: a slice prints as [a b]', () => {
    expect(run('{{.Config.Env}}', webProd)).toBe(
      '[APP_ENV=production LANG=fr_FR.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin NGINX_VERSION=1.22.1 NJS_VERSION=0.8.9 NJS_RELEASE=1~bookworm PKG_RELEASE=1~bookworm DYNPKG_RELEASE=1~bookworm]',
    );
  });

  it('inspect-memory: integers print without decimals', () => {
    expect(
      run(
        '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}}',
        webProd,
      ),
    ).toBe('268435456 500000000 unless-stopped');
  });

  it('inspect-image-cmd: empty structs marked as such print {}', () => {
    const config = nginx.Config as Record<string, Record<string, object>>;
    const exposed = config.ExposedPorts as Record<string, object>;
    for (const k of Object.keys(exposed)) goStruct(exposed[k] as object);
    expect(run('{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.ExposedPorts}}', nginx)).toBe(
      '[nginx -g daemon off;] [/docker-entrypoint.sh] map[80/tcp:{}]',
    );
  });

  it('inspect-mounts and network-inspect', () => {
    const cache = {
      Mounts: [
        {
          Type: 'volume',
          Name: 'e2',
          Source: '/v/_data',
          Destination: '/data',
          Driver: 'local',
          Mode: '',
          RW: true,
          Propagation: '',
        },
      ],
    };
    expect(run('{{json .Mounts}}', cache)).toBe(
      '[{"Type":"volume","Name":"e2","Source":"/v/_data","Destination":"/data","Driver":"local","Mode":"","RW":true,"Propagation":""}]',
    );
    const net = { Containers: { abc: { Name: 'api', IPv4Address: '172.18.0.2/16' } } };
    expect(run('{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}', net)).toBe(
      'api 172.18.0.2/16',
    );
  });

  it('version-format, info-format, events-since', () => {
    expect(run('{{.Server.Version}}', { Server: { Version: '28.5.2' } })).toBe('28.5.2');
    expect(
      run('{{.ServerVersion}} {{.Containers}} {{.Images}}', {
        ServerVersion: '28.5.2',
        Containers: 0,
        Images: 7,
      }),
    ).toBe('28.5.2 0 7');
    const ev = { Action: 'start', Actor: { Attributes: { name: 'crashloop' } } };
    expect(run('{{.Action}} {{.Actor.Attributes.name}}', ev)).toBe('start crashloop');
  });

  it('ps-format-bad: a missing field of the ps context', () => {
    const ctx = { ID: 'abc', Names: 'web', Label: (name: string) => (name === 'a' ? 'b' : '') };
    expect(run('{{.Nope}}', ctx, { typeName: '*formatter.ContainerContext' })).toBe(
      `EXEC template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext`,
    );
    expect(run('{{.Names}}', ctx, { typeName: '*formatter.ContainerContext' })).toBe('web');
    expect(run('{{.Label "a"}}', ctx, { typeName: '*formatter.ContainerContext' })).toBe('b');
    expect(run('{{.Label}}', ctx, { typeName: '*formatter.ContainerContext' })).toBe(
      'EXEC template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0',
    );
  });

  it('inspect-bad-template: missingkey=error on maps', () => {
    expect(run('{{.State.Nope}}', web, { missingKey: 'error' })).toBe(
      'EXEC template: :1:8: executing "" at <.State.Nope>: map has no entry for key "Nope"',
    );
    expect(run('{{.State.Nope}}', web)).toBe('<no value>');
  });

  it('ps --format json keeps HTML escaping of MarshalJSON output only', () => {
    const ctx = { MarshalJSON: () => '{"Labels":"m=\\u003ca\\u003e"}' };
    expect(run('{{json .}}', ctx)).toBe('{"Labels":"m=\\u003ca\\u003e"}');
    expect(run('{{json .}}', { L: '<a&b>' })).toBe('{"L":"<a&b>"}');
  });
});

describe('Go semantics', () => {
  const d = {
    S: 'hello world',
    N: 42,
    F: 2.5,
    B: true,
    L: ['a', 'b', 'c'],
    E: [],
    M: { z: 1, a: 2 },
    Nil: null,
    Nested: { Deep: { X: 'x' } },
  };

  it.each([
    ['plain text', 'plain text'],
    [
      '{{.}}',
      'map[B:true E:[] F:2.5 L:[a b c] M:map[a:2 z:1] N:42 Nested:map[Deep:map[X:x]] Nil:<nil> S:hello world]',
    ],
    ['{{.Nested.Deep.X}}', 'x'],
    ['{{.Missing}}', '<no value>'],
    ['{{.Nil}}', '<nil>'],
    ['{{.M}}', 'map[a:2 z:1]'],
    ['{{.F}}', '2.5'],
    ["{{1.0}} {{1e6}} {{0.000001}} {{3}} {{-4}} {{0x1F}} {{'a'}}", '1 1e+06 1e-06 3 -4 31 97'],
    ['{{"q\\tx"}} {{`raw\\n`}}', 'q\tx raw\\n'],
    ['{{true}} {{false}}', 'true false'],
    [
      '{{json .L}} {{json .M}} {{json .Nil}} {{json .Missing}}',
      '["a","b","c"] {"z":1,"a":2} null null',
    ],
    ['{{json "a\\u2028<\\n\\x01"}}', '"a\\u2028<\\n\\u0001"'],
    [
      '{{.S | upper}} {{lower "ABC"}} {{title "hello big-world"}}',
      'HELLO WORLD abc Hello Big-World',
    ],
    ['{{split .S " "}} {{len (split "a,b,c" ",")}}', '[hello world] 3'],
    ['{{join .L "-"}} {{join .E ","}}', 'a-b-c '],
    ['{{pad .S 1 2}}|{{pad "" 3 3}}|', ' hello world  ||'],
    ['{{truncate .S 5}} {{truncate "ab" 5}}', 'hello ab'],
    ['{{len .S}} {{len .L}} {{len .M}} {{len "é"}}', '11 3 2 2'],
    ['{{index .L 1}} {{index .M "z"}} {{index .M "nope"}}', 'b 1 <no value>'],
    ['{{slice .S 0 5}} {{slice .L 1}}', 'hello [b c]'],
    [
      '{{printf "%s=%d %v %q %5.1f|%-4s|%04d %x %t %%" "k" 7 .L "s" 3.14159 "ab" 42 255 true}}',
      'k=7 [a b c] "s"   3.1|ab  |0042 ff true %',
    ],
    [
      '{{printf "%d" "x"}} {{printf "%s"}} {{printf "a" 1}}',
      '%!d(string=x) %!s(MISSING) a%!(EXTRA int=1)',
    ],
    ['{{print "a" 1 2 "b"}} {{println "x" 3}}', 'a1 2b x 3\n'],
    [
      '{{if .B}}yes{{end}} {{if .E}}no{{else}}empty{{end}} {{if .Missing}}x{{else if .N}}n{{end}}',
      'yes empty n',
    ],
    [
      '{{if and .B .N}}and{{end}} {{or .Missing "dflt"}} {{not .B}} {{and 1 0 2}}',
      'and dflt false 0',
    ],
    [
      '{{eq .N 42}} {{eq .S "x" "hello world"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1 2}}',
      'true true true true true true false',
    ],
    ['{{eq .Missing "x"}}', 'false'],
    ['{{range .L}}[{{.}}]{{end}}', '[a][b][c]'],
    ['{{range $i, $v := .L}}{{$i}}:{{$v}} {{end}}', '0:a 1:b 2:c '],
    ['{{range $k, $v := .M}}{{$k}}={{$v}};{{end}}', 'a=2;z=1;'],
    ['{{range .E}}x{{else}}none{{end}}', 'none'],
    ['{{range .L}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', 'a'],
    ['{{range .L}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', 'ac'],
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{with .Nested.Deep}}{{.X}}{{end}} {{with .Missing}}x{{else}}nothing{{end}}', 'x nothing'],
    ['{{$x := .S}}{{$x}} {{$x = "changed"}}{{$x}}', 'hello world changed'],
    ['{{range .L}}{{$.N}}{{end}}', '424242'],
    ['{{(index .L 0) | printf "%s!"}}', 'a!'],
    ['{{(.Nested).Deep.X}}', 'x'],
    ['a  {{- .N -}}  b', 'a42b'],
    ['{{/* comment */}}x{{- /* c */ -}} y', 'xy'],
    ['{{"multi\\nline" | printf "%q"}}', '"multi\\nline"'],
    ['{{"multi\nline"}}', 'PARSE template: :1: unterminated quoted string'],
  ])('%s', (src, out) => {
    expect(run(src, d)).toBe(out);
  });

  it('a float literal stays a float64', () => {
    expect(run('{{printf "%v %T %T" 2.0 2.0 2}}', {})).toBe('2 float64 int');
    expect(run('{{.}}', new GoFloat(3))).toBe('3');
  });
});

describe('errors', () => {
  it.each([
    ['{{.Names}', "PARSE template: :1: bad character U+007D '}'"],
    ['{{.Names }', 'PARSE template: :1: unexpected "}" in operand'],
    ['{{', 'PARSE template: :1: unclosed action'],
    ['{{.A', 'PARSE template: :1: unclosed action'],
    ['{{}}', 'PARSE template: :1: missing value for command'],
    ['{{nope .A}}', 'PARSE template: :1: function "nope" not defined'],
    ['{{if .A}}x', 'PARSE template: :1: unexpected EOF'],
    ['{{end}}', 'PARSE template: :1: unexpected {{end}}'],
    ['{{else}}', 'PARSE template: :1: unexpected {{else}}'],
    ['{{$x}}', 'PARSE template: :1: undefined variable "$x"'],
    ['{{"abc}}', 'PARSE template: :1: unterminated quoted string'],
    ['{{.A | 3}}', 'PARSE template: :1: non executable command in pipeline stage 2'],
    ['{{(.A}}', 'PARSE template: :1: unclosed left paren'],
    ['{{.A)}}', 'PARSE template: :1: unexpected ")" in command'],
    ['{{break}}', 'PARSE template: :1: {{break}} outside {{range}}'],
    ['{{1.2.3}}', 'PARSE template: :1: unexpected ".3" in operand'],
    ['{{1x}}', 'PARSE template: :1: bad number syntax: "1x"'],
    ['{{if}}{{end}}', 'PARSE template: :1: missing value for if'],
    ['line1\n{{.A', 'PARSE template: :2: unclosed action'],
    ['{{range $a, $b, $c := .L}}{{end}}', 'PARSE template: :1: too many declarations in range'],
    ['{{range $a, 3}}{{end}}', 'PARSE template: :1: range can only initialize variables'],
    ['{{"a".B}}', 'PARSE template: :1: unexpected . after term "\\"a\\""'],
  ])('%j', (src, err) => {
    expect(run(src, {})).toBe(err);
  });

  const d = { S: 'x', N: 1, L: ['a'], Nil: null, M: { k: 'v' } };
  it.each([
    [
      '{{upper .N}}',
      'EXEC template: :1:8: executing "" at <.N>: wrong type for value; expected string; got int',
    ],
    [
      '{{.N | upper}}',
      'EXEC template: :1:7: executing "" at <upper>: wrong type for value; expected string; got int',
    ],
    ['{{upper 5}}', 'EXEC template: :1:8: executing "" at <5>: expected string; found 5'],
    [
      '{{index .L 5}}',
      'EXEC template: :1:2: executing "" at <index>: error calling index: index out of range: 5',
    ],
    [
      '{{index .S "a"}}',
      'EXEC template: :1:2: executing "" at <index>: error calling index: cannot index slice/array with type string',
    ],
    [
      '{{len .N}}',
      'EXEC template: :1:2: executing "" at <len>: error calling len: len of type int',
    ],
    [
      '{{eq .N "1"}}',
      'EXEC template: :1:2: executing "" at <eq>: error calling eq: incompatible types for comparison',
    ],
    [
      '{{lt .L 1}}',
      'EXEC template: :1:2: executing "" at <lt>: error calling lt: invalid type for comparison',
    ],
    [
      '{{.S.X}}',
      'EXEC template: :1:4: executing "" at <.S.X>: can\'t evaluate field X in type string',
    ],
    [
      '{{.Nil.X}}',
      'EXEC template: :1:6: executing "" at <.Nil.X>: nil pointer evaluating interface {}.X',
    ],
    [
      '{{range .S}}{{end}}',
      'EXEC template: :1:8: executing "" at <.S>: range can\'t iterate over x',
    ],
    ['{{.S 1}}', 'EXEC template: :1:2: executing "" at <.S>: S is not a method but has arguments'],
    ['{{1 2}}', 'EXEC template: :1:2: executing "" at <1>: can\'t give argument to non-function 1'],
    [
      '{{join .S ","}}',
      'EXEC template: :1:7: executing "" at <.S>: wrong type for value; expected []string; got string',
    ],
    [
      '\n  {{.M.k.z}}',
      'EXEC template: :2:6: executing "" at <.M.k.z>: can\'t evaluate field z in type string',
    ],
    ['{{printf 3}}', 'EXEC template: :1:9: executing "" at <3>: expected string; found 3'],
    [
      '{{and}}',
      'EXEC template: :1:2: executing "" at <and>: wrong number of args for and: want at least 1 got 0',
    ],
  ])('%j', (src, err) => {
    expect(run(src, d)).toBe(err);
  });

  it('parses once, runs many times; parse is separate from execution', () => {
    const p = parseTemplate('{{.A}}');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(executeTemplate(p.template, { A: 1 })).toEqual({ ok: true, output: '1' });
    expect(executeTemplate(p.template, { A: 'b' })).toEqual({ ok: true, output: 'b' });
  });

  it('table headers use HeaderFunctions', () => {
    const p = parseTemplate('{{.ID}}\t{{json .Status}}\t{{upper .Names}}');
    if (!p.ok) throw new Error(p.error);
    const r = executeTemplate(
      p.template,
      { ID: 'CONTAINER ID', Status: 'STATUS', Names: 'NAMES' },
      { header: true },
    );
    expect(r).toEqual({ ok: true, output: 'CONTAINER ID\tSTATUS\tNAMES' });
  });
});
