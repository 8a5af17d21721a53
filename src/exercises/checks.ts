// Every check kind: whether it holds over the engine state and its log, and what is missing, in French.
import type { Container, ContainerStatus, EngineState } from '../engine/index.ts';
import { t } from '../i18n/fr.ts';
import { dockerCalls } from './commands.ts';
import { imageIs, matching, mismatch, type Mismatch } from './match.ts';
import {
  containerNamed,
  normaliseImage,
  type KnownContainer,
  type Timeline,
  type TypedLine,
} from './timeline.ts';
import type { Check, ContainerMatch } from './types.ts';

export interface CheckInput {
  state: Readonly<EngineState>;
  timeline: Timeline;
}

// ------------------------------------------------------------------ shared helpers

/** Whether a container known from the log fits the name and image of a match. */
function knownFits(input: CheckInput, c: KnownContainer, m: ContainerMatch): boolean {
  if (m.name !== undefined && c.name !== m.name) return false;
  if (m.image !== undefined) {
    const live = input.state.containers[c.id];
    if (!imageIs(input.state, m.image, c.image, live?.imageId)) return false;
  }
  return true;
}

/** How the checklist names the containers of a match: « web », « un conteneur nginx ». */
export function describeTarget(m: ContainerMatch | undefined): string {
  if (m?.name !== undefined) return t('exercice.cible.nom', { nom: m.name });
  if (m?.image !== undefined) return t('exercice.cible.image', { image: m.image });
  return t('exercice.cible.un');
}

const STATUS_WORDS: Record<ContainerStatus | 'removed', string> = {
  created: 'created',
  running: 'running',
  paused: 'paused',
  restarting: 'restarting',
  removing: 'removing',
  exited: 'exited',
  dead: 'dead',
  removed: 'removed',
};

function statusDiagnosis(c: Container, wanted: ContainerStatus[]): string {
  const nom = c.name;
  const status = c.state.status;
  if (wanted.includes('running')) {
    if (status === 'exited' || status === 'dead') return t('exercice.diag.arrete', { nom });
    if (status === 'created') return t('exercice.diag.pas-demarre', { nom });
    if (status === 'paused') return t('exercice.diag.en-pause', { nom });
  }
  if (wanted.includes('paused') && status === 'running')
    return t('exercice.diag.pas-en-pause', { nom });
  if (wanted.includes('exited') && (status === 'running' || status === 'paused'))
    return t('exercice.diag.tourne-encore', { nom });
  return t('exercice.diag.etat', {
    nom,
    etat: STATUS_WORDS[status],
    attendu: wanted.map((s) => STATUS_WORDS[s]).join(' / '),
  });
}

function mismatchDiagnosis(c: Container, m: ContainerMatch, why: Mismatch): string {
  const nom = c.name;
  switch (why) {
    case 'image':
      return t('exercice.diag.mauvaise-image', {
        nom,
        image: normaliseImage(c.config.imageRef),
        attendue: m.image ?? '',
      });
    case 'status':
      return statusDiagnosis(c, m.status ?? []);
    case 'publishes':
      return t('exercice.diag.port', {
        nom,
        hote: m.publishes?.host ?? 0,
        port: m.publishes?.container ?? 0,
      });
    case 'memory':
      return t('exercice.diag.memoire', { nom, taille: `${(m.memory ?? 0) / 1048576} Mio` });
    case 'nanoCpus':
      return t('exercice.diag.cpus', { nom, cpus: (m.nanoCpus ?? 0) / 1e9 });
    case 'network':
      return t('exercice.diag.reseau-absent', { nom, reseau: m.network ?? '' });
    case 'generatedName':
      return t('exercice.diag.nom-choisi', { nom });
    case 'name':
      return t('exercice.diag.nom-absent', { nom: m.name ?? '' });
  }
}

/** Docker calls of the learner's host lines, with the line they come from. */
function hostCalls(
  input: CheckInput,
): { line: TypedLine; verb: string; call: ReturnType<typeof dockerCalls>[number] }[] {
  return input.timeline.lines
    .filter((line) => line.where === 'host')
    .flatMap((line) => dockerCalls(line.line).map((call) => ({ line, verb: call.verb, call })));
}

// ------------------------------------------------------------------ container / no-container

function containerHolds(input: CheckInput, m: ContainerMatch, count = 1): boolean {
  return matching(input.state, input.timeline, m).length >= count;
}

function containerDiagnosis(input: CheckInput, m: ContainerMatch, count = 1): string {
  const all = Object.values(input.state.containers);
  const found = matching(input.state, input.timeline, m);
  if (count > 1 && found.length > 0) {
    return t('exercice.diag.nombre', {
      trouves: found.length,
      voulus: count,
      cible: describeTarget({ ...m, name: undefined }),
    });
  }
  const candidates =
    m.name !== undefined
      ? all.filter((c) => c.name === m.name)
      : m.image !== undefined
        ? all.filter((c) => imageIs(input.state, m.image as string, c.config.imageRef, c.imageId))
        : all;
  if (candidates.length === 0) {
    if (m.name !== undefined) return t('exercice.diag.nom-absent', { nom: m.name });
    if (m.image !== undefined) return t('exercice.diag.image-absente', { image: m.image });
    return t('exercice.diag.aucun');
  }
  // The candidate closest to the goal explains best what is left to do.
  const order: (Mismatch | undefined)[] = [
    'status',
    'memory',
    'nanoCpus',
    'network',
    'publishes',
    'generatedName',
    'image',
    'name',
  ];
  let best: { c: Container; why: Mismatch } | undefined;
  for (const c of candidates) {
    const why = mismatch(input.state, input.timeline, c, m);
    if (why === undefined) continue;
    if (!best || order.indexOf(why) < order.indexOf(best.why)) best = { c, why };
  }
  if (!best) return t('exercice.diag.aucun');
  return mismatchDiagnosis(best.c, m, best.why);
}

function noContainerDiagnosis(input: CheckInput, m: ContainerMatch): string {
  const left = matching(input.state, input.timeline, m);
  return t('exercice.diag.reste', {
    cible: describeTarget(m),
    noms: left.map((c) => c.name).join(', '),
  });
}

// ------------------------------------------------------------------ command

type CommandCheck = Extract<Check, { kind: 'command' }>;

function commandFits(
  input: CheckInput,
  check: CommandCheck,
  entry: ReturnType<typeof hostCalls>[number],
): 'ok' | 'verb' | 'target' | 'flags' | 'words' | 'outcome' {
  const { call, line } = entry;
  if (!check.verbs.includes(call.verb)) return 'verb';
  if (check.target) {
    const target = check.target;
    const named = call.words
      .map((w) => containerNamed(input.timeline, w))
      .some((c) => c !== undefined && knownFits(input, c, target));
    if (!named) return 'target';
  }
  for (const group of check.flags ?? []) {
    if (!group.some((flag) => call.flags.has(flag))) return 'flags';
  }
  const text = call.args.join('').replace(/\s+/g, '');
  for (const part of check.contains ?? []) {
    if (!text.includes(part.replace(/\s+/g, ''))) return 'words';
  }
  const outcome = check.outcome ?? 'success';
  if (outcome === 'success' && line.exitCode !== 0) return 'outcome';
  if (outcome === 'failure' && (line.exitCode === undefined || line.exitCode === 0))
    return 'outcome';
  return 'ok';
}

function commandHolds(input: CheckInput, check: CommandCheck): boolean {
  return hostCalls(input).some((entry) => commandFits(input, check, entry) === 'ok');
}

function commandDiagnosis(input: CheckInput, check: CommandCheck): string {
  const commande = `docker ${check.verbs[0]}`;
  const cible = check.target ? describeTarget(check.target) : '';
  const results = hostCalls(input).map((entry) => commandFits(input, check, entry));
  const rank = ['outcome', 'words', 'flags', 'target'] as const;
  for (const reason of rank) {
    if (!results.includes(reason)) continue;
    switch (reason) {
      case 'outcome':
        return check.outcome === 'failure'
          ? t('exercice.diag.commande-reussie', { commande })
          : t('exercice.diag.commande-echec', { commande });
      case 'words':
        return t('exercice.diag.commande-mots', {
          commande,
          mots: (check.contains ?? []).join(' '),
        });
      case 'flags':
        return t('exercice.diag.commande-option', {
          commande,
          options: (check.flags ?? []).map((g) => g.join(' ou ')).join(', '),
        });
      case 'target':
        return t('exercice.diag.commande-cible', { commande, cible });
    }
  }
  return check.target
    ? t('exercice.diag.commande-a-lancer-sur', { commande, cible })
    : t('exercice.diag.commande-a-lancer', { commande });
}

// ------------------------------------------------------------------ request-served

type RequestCheck = Extract<Check, { kind: 'request-served' }>;
const ACCESS_LINE =
  /^(\d+\.\d+\.\d+\.\d+) - \S+ \[[^\]]+\] "(GET|HEAD|POST|PUT|DELETE) [^"]*" \d{3} /;

/** The first stop of a matching container: its time and its place in the log. */
function firstStop(
  input: CheckInput,
  m: ContainerMatch,
): { time: number; index: number } | undefined {
  const index = input.timeline.events.findIndex((event) => {
    if (event.type !== 'container' || event.action !== 'die') return false;
    const known = input.timeline.containers.get(event.id);
    return known !== undefined && knownFits(input, known, m);
  });
  const event = input.timeline.events[index];
  return event ? { time: event.time, index } : undefined;
}

const REQUEST_TOOL = /\b(curl|wget)\b/;

function requestHolds(input: CheckInput, check: RequestCheck): boolean {
  let since = -Infinity;
  if (check.afterStopOf) {
    const stop = firstStop(input, check.afterStopOf);
    if (!stop) return false;
    // Virtual time may not move between two commands: a request line typed after the stop is required too.
    const asked = input.timeline.lines.some(
      (l) => l.index > stop.index && REQUEST_TOOL.test(l.line) && (l.exitCode ?? 0) === 0,
    );
    if (!asked) return false;
    since = stop.time;
  }
  return matching(input.state, input.timeline, check.match).some((c) => {
    const gateways = new Set(Object.values(c.endpoints).map((e) => e.gateway));
    return c.logs.some((log) => {
      if (log.time < since) return false;
      const access = ACCESS_LINE.exec(log.text);
      if (!access) return false;
      const fromHost = gateways.has(access[1] as string);
      if (check.from === 'host') return fromHost;
      if (check.from === 'container') return !fromHost;
      return true;
    });
  });
}

function requestDiagnosis(input: CheckInput, check: RequestCheck): string {
  if (check.afterStopOf && firstStop(input, check.afterStopOf) === undefined) {
    return t('exercice.diag.rien-arrete', { cible: describeTarget(check.afterStopOf) });
  }
  if (matching(input.state, input.timeline, check.match).length === 0) {
    return containerDiagnosis(input, check.match);
  }
  if (check.afterStopOf)
    return t('exercice.diag.requete-apres', { cible: describeTarget(check.match) });
  if (check.from === 'container')
    return t('exercice.diag.requete-conteneur', { cible: describeTarget(check.match) });
  return t('exercice.diag.requete', { cible: describeTarget(check.match) });
}

// ------------------------------------------------------------------ ephemeral-file

type EphemeralCheck = Extract<Check, { kind: 'ephemeral-file' }>;

interface FileAction {
  container: KnownContainer;
  kind: 'write' | 'look';
  index: number;
}

const WRITES = /(\btouch\b|>|\btee\b|\bcp\b|\bmv\b|\bdd\b|\bmkdir\b|\bsed\s+-i)/;

function fileActions(input: CheckInput, path: string): FileAction[] {
  const base = path.split('/').pop() ?? path;
  const actions: FileAction[] = [];
  const kindOf = (text: string): 'write' | 'look' => (WRITES.test(text) ? 'write' : 'look');
  let previousHost = -1;
  for (const line of input.timeline.lines) {
    if (line.where !== 'host') {
      const container = input.timeline.containers.get(line.where);
      if (container && line.line.includes(base))
        actions.push({ container, kind: kindOf(line.line), index: line.index });
      continue;
    }
    for (const call of dockerCalls(line.line)) {
      if (call.verb === 'exec') {
        const at = call.words.findIndex((w) => containerNamed(input.timeline, w) !== undefined);
        const container =
          at >= 0 ? containerNamed(input.timeline, call.words[at] as string) : undefined;
        const command = call.words.slice(at + 1).join(' ');
        if (container && command.includes(base))
          actions.push({ container, kind: kindOf(command), index: line.index });
      } else if (call.verb === 'run' && call.args.join(' ').includes(base)) {
        // The container did its work when it was created, before the line was logged.
        for (const container of input.timeline.containers.values()) {
          if (container.created > previousHost && container.created < line.index)
            actions.push({
              container,
              kind: kindOf(call.args.join(' ')),
              index: container.created,
            });
        }
      }
    }
    previousHost = line.index;
  }
  return actions.sort((a, b) => a.index - b.index);
}

const STAGES = { written: 1, removed: 2, 'new-container': 3, looked: 4 } as const;

interface EphemeralProgress {
  stage: 0 | 1 | 2 | 3 | 4;
  name?: string;
}

function ephemeralProgress(input: CheckInput, check: EphemeralCheck): EphemeralProgress {
  const actions = fileActions(input, check.path);
  const ofImage = (c: KnownContainer) =>
    imageIs(input.state, check.image, c.image, input.state.containers[c.id]?.imageId);
  let best: EphemeralProgress = { stage: 0 };
  for (const write of actions) {
    if (write.kind !== 'write' || !ofImage(write.container)) continue;
    const a = write.container;
    if (a.destroyed === undefined || a.destroyed < write.index) {
      if (best.stage < 1) best = { stage: 1, name: a.name };
      continue;
    }
    if (best.stage < 2) best = { stage: 2, name: a.name };
    const later = [...input.timeline.containers.values()].filter(
      (b) => b.id !== a.id && b.created > (a.destroyed as number) && ofImage(b),
    );
    for (const b of later) {
      if (best.stage < 3) best = { stage: 3, name: b.name };
      const own = actions.filter((x) => x.container.id === b.id);
      const look = own.find((x) => x.kind === 'look');
      if (look && !own.some((x) => x.kind === 'write' && x.index < look.index)) return { stage: 4 };
    }
  }
  return best;
}

function ephemeralDiagnosis(input: CheckInput, check: EphemeralCheck): string {
  const progress = ephemeralProgress(input, check);
  const fichier = check.path;
  const image = check.image;
  switch (progress.stage) {
    case 0:
      return t('exercice.diag.fichier-a-creer', { fichier, image });
    case 1:
      return t('exercice.diag.fichier-conteneur-a-supprimer', {
        fichier,
        nom: progress.name ?? '',
      });
    case 2:
      return t('exercice.diag.nouveau-conteneur', { image });
    default:
      return t('exercice.diag.fichier-a-chercher', { fichier, nom: progress.name ?? '' });
  }
}

// ------------------------------------------------------------------ states-seen

type StatesCheck = Extract<Check, { kind: 'states-seen' }>;
type SeenState = StatesCheck['states'][number];

function statesSeen(input: CheckInput, check: StatesCheck): Set<SeenState> {
  const seen = new Set<SeenState>();
  const status = new Map<string, SeenState>();
  const learnerLines = new Map(input.timeline.lines.map((l) => [l.index, l]));
  input.timeline.events.forEach((event, index) => {
    if (event.type === 'container') {
      const known = input.timeline.containers.get(event.id);
      if (!known || !knownFits(input, known, check.match)) return;
      const next: Record<string, SeenState> = {
        create: 'created',
        start: 'running',
        unpause: 'running',
        pause: 'paused',
        die: 'exited',
        destroy: 'removed',
      };
      const s = next[event.action];
      if (s) status.set(event.id, s);
      return;
    }
    const line = learnerLines.get(index);
    if (!line || line.where !== 'host' || line.exitCode !== 0) return;
    for (const call of dockerCalls(line.line)) {
      if (call.verb !== 'ps') continue;
      const all = call.flags.has('-a') || call.flags.has('--all');
      for (const s of status.values()) {
        if (s === 'removed') {
          if (all) seen.add('removed');
        } else if (all || s === 'running' || s === 'paused') seen.add(s);
      }
    }
  });
  return seen;
}

function statesDiagnosis(input: CheckInput, check: StatesCheck): string {
  const seen = statesSeen(input, check);
  const missing = check.states.filter((s) => !seen.has(s));
  return t('exercice.diag.etats', { etats: missing.join(', ') });
}

// ------------------------------------------------------------------ exited-by-itself

type ExitedCheck = Extract<Check, { kind: 'exited-by-itself' }>;

function exitedByItself(input: CheckInput, check: ExitedCheck): boolean {
  const killed = new Set<string>();
  return input.timeline.events.some((event) => {
    if (event.type !== 'container') return false;
    const known = input.timeline.containers.get(event.id);
    if (!known || !knownFits(input, known, check.match)) return false;
    if (event.action === 'start') killed.delete(event.id);
    if (event.action === 'kill') killed.add(event.id);
    if (event.action !== 'die' || killed.has(event.id)) return false;
    return check.exitCode === undefined || event.attributes.exitCode === String(check.exitCode);
  });
}

// ------------------------------------------------------------------ the registry

/** Whether a check holds now. */
export function holds(check: Check, input: CheckInput): boolean {
  switch (check.kind) {
    case 'container':
      return containerHolds(input, check.match, check.count);
    case 'no-container':
      return matching(input.state, input.timeline, check.match).length === 0;
    case 'command':
      return commandHolds(input, check);
    case 'request-served':
      return requestHolds(input, check);
    case 'ephemeral-file':
      return ephemeralProgress(input, check).stage >= STAGES[check.stage ?? 'looked'];
    case 'states-seen': {
      const seen = statesSeen(input, check);
      return check.states.every((s) => seen.has(s));
    }
    case 'exited-by-itself':
      return exitedByItself(input, check);
    case 'file-in-container':
      return matching(input.state, input.timeline, check.match).some((c) => {
        const entry = c.rwLayer[check.path];
        return entry !== undefined && entry.kind !== 'whiteout';
      });
    case 'network':
      return Object.values(input.state.networks).some((n) => n.name === check.name);
    case 'volume-file': {
      const volume = input.state.volumes[check.volume];
      return volume !== undefined && (check.path === undefined || check.path in volume.files);
    }
  }
}

/** What is missing for an unmet check, in French, from the current state. */
export function diagnose(check: Check, input: CheckInput): string {
  switch (check.kind) {
    case 'container':
      return containerDiagnosis(input, check.match, check.count);
    case 'no-container':
      return noContainerDiagnosis(input, check.match);
    case 'command':
      return commandDiagnosis(input, check);
    case 'request-served':
      return requestDiagnosis(input, check);
    case 'ephemeral-file':
      return ephemeralDiagnosis(input, check);
    case 'states-seen':
      return statesDiagnosis(input, check);
    case 'exited-by-itself':
      return t('exercice.diag.pas-sorti', { cible: describeTarget(check.match) });
    case 'file-in-container':
      return matching(input.state, input.timeline, check.match).length === 0
        ? containerDiagnosis(input, check.match)
        : t('exercice.diag.fichier-absent', {
            fichier: check.path,
            cible: describeTarget(check.match),
          });
    case 'network':
      return t('exercice.diag.reseau-inexistant', { reseau: check.name });
    case 'volume-file':
      return input.state.volumes[check.volume] === undefined
        ? t('exercice.diag.volume-inexistant', { volume: check.volume })
        : t('exercice.diag.volume-vide', { volume: check.volume, fichier: check.path ?? '' });
  }
}
