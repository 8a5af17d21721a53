// The daemon's wording of a failed start, kept in State.Error as Docker keeps it (the CLI prints the same text).
import type { EngineError } from '../errors.ts';

type ExecFailure = Extract<EngineError, { code: 'EXEC_FAILED' }>;

/** Why runc could not exec a program: the end of Docker's « exec: "…": » messages. */
export function execFailureReason(e: Pick<ExecFailure, 'reason' | 'path'>): string {
  switch (e.reason) {
    case 'not-found-in-path':
      return 'executable file not found in $PATH';
    case 'no-such-file':
      return `stat ${e.path}: no such file or directory`;
    case 'is-directory':
      return 'is a directory';
    case 'permission-denied':
      return 'permission denied';
  }
}

/** The daemon's text for a start that failed; the bare code for errors it does not word this way. */
export function describeStartError(e: EngineError): string {
  if (e.code === 'PORT_ALLOCATED') {
    return `failed to set up container networking: driver failed programming external connectivity on endpoint ${e.name} (${e.endpointId}): Bind for ${e.hostIp}:${e.hostPort} failed: port is already allocated`;
  }
  if (e.code === 'EXEC_FAILED') {
    return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${e.path}": ${execFailureReason(e)}`;
  }
  return e.code;
}
