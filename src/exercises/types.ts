// The shape of an exercise as data: statement, start fixture, declarative checks, hints, solutions.
import type { ContainerStatus } from '../engine/index.ts';

/** Which containers a check is about; every field given must hold. */
export interface ContainerMatch {
  name?: string;
  /** Image as a learner types it (`nginx`, `ubuntu:24.04`); `:latest` and `docker.io/library/` are ignored. */
  image?: string;
  /** Accepted states (any of them). */
  status?: ContainerStatus[];
  /** A host port published on a container port (`-p host:container`). */
  publishes?: { host: number; container: number };
  /** Memory limit in bytes (`--memory`). */
  memory?: number;
  /** CPU limit in billionths of a CPU (`--cpus 0.5` = 500 000 000). */
  nanoCpus?: number;
  /** Connected to this network. */
  network?: string;
  /** Its name was chosen by Docker (never typed on the host before it appeared). */
  generatedName?: boolean;
}

/** A docker subcommand as the check sees it: `container ls` is `ps`, `image history` is `history`. */
export type DockerVerb = string;

export type Check =
  /** At least `count` (default 1) containers match. */
  | { kind: 'container'; match: ContainerMatch; count?: number }
  /** No container matches. */
  | { kind: 'no-container'; match: ContainerMatch }
  /**
   * A `docker <verb>` line was typed on the host (after the start fixture): on a container matching
   * `target` if given, with one flag of each group of `flags`, ending as `outcome` says (default success).
   */
  | {
      kind: 'command';
      verbs: DockerVerb[];
      target?: ContainerMatch;
      flags?: string[][];
      /** Texts that must each appear in what follows the verb (`web-server`, `.State.Status`), spaces ignored. */
      contains?: string[];
      outcome?: 'success' | 'failure' | 'any';
    }
  /** A matching container answered an HTTP request (its access log), from the host or from a container. */
  | {
      kind: 'request-served';
      match: ContainerMatch;
      from?: 'host' | 'container';
      /** Only requests answered after a container matching this one stopped. */
      afterStopOf?: ContainerMatch;
    }
  /**
   * A file was written in a container of `image` that was then removed, and a later container of the
   * same image looked for it (and, being new, could not find it).
   */
  | {
      kind: 'ephemeral-file';
      image: string;
      path: string;
      /** How far the story must have gone (default `looked`, the whole of it). */
      stage?: 'written' | 'removed' | 'new-container' | 'looked';
    }
  /** `docker ps -a` was run while a matching container was in each of these states. */
  | {
      kind: 'states-seen';
      match: ContainerMatch;
      states: ('created' | 'running' | 'paused' | 'exited' | 'removed')[];
    }
  /** A matching container stopped because its main process ended (no stop, no kill). */
  | { kind: 'exited-by-itself'; match: ContainerMatch; exitCode?: number }
  /** A matching container's read/write layer holds this path. */
  | { kind: 'file-in-container'; match: ContainerMatch; path: string }
  /** A network of that name exists. */
  | { kind: 'network'; name: string }
  /** A volume of that name exists and holds this path. */
  | { kind: 'volume-file'; volume: string; path?: string };

export interface ExerciseCheck {
  /** Stable id inside its exercise (`data-check`). */
  id: string;
  /** What the checklist shows, in French. */
  label: string;
  check: Check;
  /** Hints shown one after another when this check is the first unmet one (French, most general first). */
  hints: string[];
}

export interface Exercise {
  /** Stable id (`data-exercise`, progress, machine name). */
  id: string;
  title: string;
  /** The page that embeds it (its slug: `03-concepts-fondamentaux/02-conteneurs-docker`). */
  page: string;
  /** The statement, in French; `code` between backticks. Paragraphs separated by a blank line. */
  statement: string;
  /** Command lines replayed into a fresh machine: the start state. */
  fixture: string[];
  checks: ExerciseCheck[];
  /** The reference solution, as typed (lines inside an `-it` shell included). */
  solution: string[];
  /** Other valid ways to the goal (at least one). */
  alternatives: string[][];
  /** What the learner reads once every check holds. */
  success: string;
  /** Travaux pratiques pages that go further, by exercise id. */
  seeAlso?: string[];
}
