// The engine's image operations (pull, list, tag, rmi, prune, history, commit, df), with their `docker events`.
import type { Image } from '../types.ts';
import { fail, ok, type Result } from '../errors.ts';
import { emitEvent, notify, type Core } from '../core.ts';
import { lookupContainer, lookupLocalImage } from '../containers/lookup.ts';
import { completePull, planPull, pullTimeline, type PullPlan, type PullStep } from './pull.ts';
import {
  commitContainer,
  diskUsage,
  historyRows,
  imageRows,
  missingName,
  pruneImages,
  removeImage,
  tagImage,
  type DiskUsage,
  type HistoryRow,
  type ImageRow,
  type RemoveLine,
} from './store.ts';

export type { PullPlan, PullStep, DiskUsage, HistoryRow, ImageRow, RemoveLine };

export interface CommitOptions {
  /** "monimage:v1" (or undefined for an untagged image). */
  reference?: string;
  comment?: string;
  author?: string;
  changes?: Partial<Image['config']>;
}

export interface ImageOps {
  /** What `docker pull` will do (or the registry's refusal); nothing changes yet. */
  planPull(ref: string): Result<PullPlan>;
  /** The pull's progress messages over time (ms from its start). */
  pullTimeline(plan: PullPlan): { steps: PullStep[]; endsAt: number };
  /** Stores the pulled image and tag. */
  completePull(plan: PullPlan): Result<Image>;
  list(all: boolean): ImageRow[];
  tag(source: string, target: string): Result<Image>;
  remove(ref: string, opts: { force: boolean; prune: boolean }): Result<RemoveLine[]>;
  prune(all: boolean): { lines: RemoveLine[]; reclaimed: number };
  history(ref: string): Result<HistoryRow[]>;
  commit(container: string, opts: CommitOptions): Result<Image>;
  diskUsage(): DiskUsage;
}

export function createImageOps(core: Core): ImageOps {
  const { state } = core;
  const event = (action: string, id: string, attrs: Record<string, string> = {}) =>
    emitEvent(core, 'image', action, id, attrs);
  return {
    planPull: (ref) => planPull(core.state, ref),
    pullTimeline: (plan) => pullTimeline(plan),
    completePull(plan) {
      const image = completePull(core.state, plan);
      if (!image) return fail({ code: 'NO_SUCH_IMAGE', ref: plan.canonical });
      event('pull', plan.tag ?? plan.canonical, { name: plan.ref.familiar });
      notify(core);
      return ok(image);
    },
    list: (all) => imageRows(core.state, all),
    tag(source, target) {
      const r = tagImage(core.state, source, target);
      if (r.ok) {
        event('tag', `sha256:${r.value.id}`, {
          name: target.includes(':') ? target : `${target}:latest`,
        });
        notify(core);
      }
      return r;
    },
    remove(ref, opts) {
      const r = removeImage(core.state, ref, opts);
      if (r.ok) {
        for (const line of r.value) {
          if ('untagged' in line) event('untag', line.untagged, { name: line.untagged });
          else if (core.state.images[line.deleted.slice(7)] === undefined)
            event('delete', line.deleted, { name: line.deleted });
        }
        notify(core);
      }
      return r;
    },
    prune(all) {
      const r = pruneImages(core.state, all);
      if (r.lines.length) notify(core);
      return r;
    },
    history(ref) {
      const found = lookupLocalImage(core.state, ref);
      if (!found) return fail({ code: 'NO_SUCH_IMAGE', ref: missingName(ref) });
      return ok(historyRows(core.state, found.image));
    },
    commit(container, opts) {
      const found = lookupContainer(core.state, container);
      if (!found.ok) return found;
      let repository: string | undefined;
      let tag: string | undefined;
      if (opts.reference !== undefined) {
        const r = tagTarget(opts.reference);
        if (!r) return fail({ code: 'INVALID_REFERENCE', ref: opts.reference, reason: 'format' });
        repository = r.repository;
        tag = r.tag;
      }
      const r = commitContainer(core.state, found.value, {
        ...(repository ? { repository, tag } : {}),
        ...(opts.comment ? { comment: opts.comment } : {}),
        ...(opts.author ? { author: opts.author } : {}),
        ...(opts.changes ? { changes: opts.changes } : {}),
      });
      if (r.ok) {
        emitEvent(core, 'container', 'commit', found.value.id, {
          comment: opts.comment ?? '',
          image: found.value.config.imageRef,
          imageID: `sha256:${r.value.id}`,
          imageRef: `sha256:${r.value.id}`,
          name: found.value.name,
        });
        notify(core);
      }
      return r;
    },
    diskUsage: () => diskUsage(state),
  };
}

/** "monimage:v1" → repository and tag, with the familiar name Docker stores. */
function tagTarget(ref: string): { repository: string; tag: string } | undefined {
  const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(ref);
  if (!m || !m[1]) return undefined;
  let repo = m[1];
  if (repo.startsWith('docker.io/library/')) repo = repo.slice('docker.io/library/'.length);
  else if (repo.startsWith('docker.io/')) repo = repo.slice('docker.io/'.length);
  if (
    !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(
      repo,
    )
  )
    return undefined;
  return { repository: repo, tag: m[2] ?? 'latest' };
}
