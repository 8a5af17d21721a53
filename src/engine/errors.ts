// Engine errors: a code plus data, never thrown and never worded here (the CLI renders them).

export type EngineError =
  | { code: 'NO_SUCH_CONTAINER'; ref: string }
  | { code: 'AMBIGUOUS_CONTAINER_PREFIX'; ref: string }
  | { code: 'NO_SUCH_IMAGE'; ref: string }
  /** The image is neither local nor in the registry (Docker Hub's "pull access denied"). */
  | { code: 'PULL_ACCESS_DENIED'; repository: string }
  /** The repository exists in the registry, the tag does not. */
  | { code: 'MANIFEST_UNKNOWN'; ref: string }
  /** The image is in the registry but not local: pulls come with the images issue. */
  | { code: 'IMAGE_NOT_LOCAL'; ref: string }
  | {
      code: 'INVALID_REFERENCE';
      ref: string;
      reason: 'format' | 'uppercase' | 'empty' | 'too-long' | 'hex-repository';
      repository?: string;
    }
  | { code: 'NAME_CONFLICT'; name: string; id: string; renaming?: boolean }
  | { code: 'INVALID_NAME'; name: string }
  | { code: 'RENAME_SAME_NAME' }
  | { code: 'CONTAINER_NOT_RUNNING'; id: string }
  | { code: 'CONTAINER_ALREADY_PAUSED'; id: string }
  | { code: 'CONTAINER_NOT_PAUSED'; id: string }
  | { code: 'CONTAINER_PAUSED'; ref: string }
  | { code: 'CONTAINER_RESTARTING'; id: string }
  | { code: 'CANNOT_PAUSE_RESTARTING'; id: string }
  | { code: 'REMOVE_RUNNING'; ref: string; status: 'running' | 'paused' | 'restarting' }
  | { code: 'START_PAUSED' }
  | { code: 'REMOVAL_IN_PROGRESS'; id: string }
  | { code: 'INVALID_SIGNAL'; signal: string }
  /** `docker kill` wraps every failure: "cannot kill container: REF: CAUSE". */
  | { code: 'KILL_FAILED'; ref: string; cause: EngineError }
  | {
      code: 'PORT_ALLOCATED';
      name: string;
      endpointId: string;
      hostIp: string;
      hostPort: number;
      proto: string;
    }
  /** The main process could not be started (OCI runtime error). */
  | {
      code: 'EXEC_FAILED';
      path: string;
      reason: 'not-found-in-path' | 'no-such-file' | 'permission-denied' | 'is-directory';
      exitCode: 126 | 127;
    }
  | { code: 'MEMORY_TOO_SMALL' }
  | { code: 'MEMORY_SWAP_TOO_SMALL' }
  | { code: 'CPUS_OUT_OF_RANGE'; max: number }
  | { code: 'INVALID_RESTART_POLICY'; policy: string }
  | { code: 'RESTART_RETRY_WITHOUT_ON_FAILURE' }
  | { code: 'RESTART_NEGATIVE_RETRY' }
  | { code: 'AUTOREMOVE_WITH_RESTART' }
  | { code: 'NO_SUCH_NETWORK'; ref: string }
  | { code: 'CONTAINER_LIMIT'; max: number }
  /** `docker rmi` refusals (their text depends on which rule refused, so it is kept whole). */
  | { code: 'IMAGE_CONFLICT'; message: string }
  /** `docker cp` from a path the container does not have. */
  | { code: 'CP_NOT_FOUND'; path: string; container: string }
  /** A container filesystem operation failed (errno-like code; French text at the edge). */
  | { code: 'FS_ERROR'; errno: string; path: string }
  | { code: 'INVALID_SNAPSHOT'; reason: string }
  /** A container's network vanished or never existed: noticed when it starts. */
  | { code: 'NETWORK_SETUP_NOT_FOUND'; ref: string }
  | { code: 'NETWORK_EXISTS'; name: string }
  | { code: 'NETWORK_IN_USE'; name: string; endpoints: { name: string; id: string }[] }
  | { code: 'NETWORK_PREDEFINED'; name: string }
  | { code: 'NETWORK_ALREADY_CONNECTED'; container: string; network: string }
  | { code: 'NETWORK_NOT_CONNECTED'; id: string; network: string }
  | { code: 'NETWORK_POOL_OVERLAP' }
  | { code: 'NETWORK_HOST_MODE' }
  | { code: 'NO_SUCH_VOLUME'; name: string }
  | { code: 'VOLUME_IN_USE'; name: string; ids: string[] }
  | { code: 'VOLUME_INVALID_NAME'; name: string }
  /** A rarer daemon refusal whose whole text the engine keeps (update limits, mounts…). */
  | { code: 'DAEMON_TEXT'; message: string };

export type EngineErrorCode = EngineError['code'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: EngineError): Result<T> => ({ ok: false, error });

/** A record's own entry for a user-given key ("toString" or "__proto__" must not reach the prototype). */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
