// Renders engine errors (a code plus data) as Docker's exact English text, or French for the emulator's own limits.
import { describeStartError } from '../engine/containers/start-errors.ts';
import type { EngineError } from '../engine/index.ts';
import { t } from '../i18n/fr.ts';

/** Whether Docker prints this error with "Error response from daemon: " (it came from the daemon). */
export function isDaemonError(e: EngineError): boolean {
  return ![
    'INVALID_REFERENCE',
    'CONTAINER_LIMIT',
    'INVALID_SNAPSHOT',
    'IMAGE_NOT_LOCAL',
    'FS_ERROR',
  ].includes(e.code);
}

/** The error's own text, without any prefix. */
export function errorText(e: EngineError): string {
  switch (e.code) {
    case 'NO_SUCH_CONTAINER':
      return `No such container: ${e.ref}`;
    case 'AMBIGUOUS_CONTAINER_PREFIX':
      return `multiple IDs found with provided prefix: ${e.ref}`;
    case 'NO_SUCH_IMAGE':
      return `No such image: ${e.ref}`;
    case 'PULL_ACCESS_DENIED':
      return `pull access denied for ${e.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
    case 'MANIFEST_UNKNOWN':
      return `manifest for ${e.ref} not found: manifest unknown: manifest unknown`;
    case 'IMAGE_NOT_LOCAL':
      return t('cli.notSimulated.pull', { image: e.ref });
    case 'INVALID_REFERENCE':
      if (e.reason === 'uppercase')
        return `invalid reference format: repository name (${e.repository ?? e.ref}) must be lowercase`;
      if (e.reason === 'hex-repository')
        return `invalid repository name (${e.ref}), cannot specify 64-byte hexadecimal strings`;
      if (e.reason === 'empty')
        return 'invalid reference format: repository name must have at least one component';
      if (e.reason === 'too-long')
        return 'invalid reference format: repository name must not be more than 255 characters';
      return 'invalid reference format';
    case 'NAME_CONFLICT':
      return `${e.renaming ? 'Error when allocating new name: ' : ''}Conflict. The container name "/${e.name}" is already in use by container "${e.id}". You have to remove (or rename) that container to be able to reuse that name.`;
    case 'INVALID_NAME':
      return `Invalid container name (${e.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
    case 'RENAME_SAME_NAME':
      return 'Renaming a container with the same name as its current name';
    case 'CONTAINER_NOT_RUNNING':
      return `container ${e.id} is not running`;
    case 'CONTAINER_ALREADY_PAUSED':
      return `Container ${e.id} is already paused`;
    case 'CONTAINER_NOT_PAUSED':
      return `Container ${e.id} is not paused`;
    case 'CONTAINER_PAUSED':
      return `Container ${e.ref} is paused, unpause the container before exec`;
    case 'CONTAINER_RESTARTING':
      return `Container ${e.id} is restarting, wait until the container is running`;
    case 'CANNOT_PAUSE_RESTARTING':
      return `Container ${e.id} is restarting, wait until the container is running`;
    case 'REMOVE_RUNNING':
      if (e.status === 'paused')
        return `cannot remove container "${e.ref}": container is paused and must be unpaused first`;
      return `cannot remove container "${e.ref}": container is ${e.status}: stop the container before removing or force remove`;
    case 'START_PAUSED':
      return 'cannot start a paused container, try unpause instead';
    case 'REMOVAL_IN_PROGRESS':
      return 'container is marked for removal and cannot be started';
    case 'INVALID_SIGNAL':
      return `invalid signal: ${e.signal}`;
    case 'KILL_FAILED':
      return `cannot kill container: ${e.ref}: ${errorText(e.cause)}`;
    case 'PORT_ALLOCATED':
    case 'EXEC_FAILED':
      return describeStartError(e);
    case 'MEMORY_TOO_SMALL':
      return 'Minimum memory limit allowed is 6MB';
    case 'MEMORY_SWAP_TOO_SMALL':
      return 'Minimum memoryswap limit should be larger than memory limit, see usage';
    case 'CPUS_OUT_OF_RANGE':
      return `range of CPUs is from 0.01 to ${e.max.toFixed(2)}, as there are only ${e.max} CPUs available`;
    case 'INVALID_RESTART_POLICY':
      return `invalid restart policy: unknown policy '${e.policy}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
    case 'RESTART_RETRY_WITHOUT_ON_FAILURE':
      return "invalid restart policy: maximum retry count can only be used with 'on-failure'";
    case 'RESTART_NEGATIVE_RETRY':
      return 'invalid restart policy: maximum retry count cannot be negative';
    case 'AUTOREMOVE_WITH_RESTART':
      return "can't create 'AutoRemove' container with restart policy";
    case 'NO_SUCH_NETWORK':
      return `network ${e.ref} not found`;
    case 'CONTAINER_LIMIT':
      return t('cli.error.containerLimit', { max: e.max });
    case 'INVALID_SNAPSHOT':
      return t('cli.error.invalidSnapshot', { reason: e.reason });
    case 'IMAGE_CONFLICT':
      return e.message;
    case 'CP_NOT_FOUND':
      return `Could not find the file ${e.path} in container ${e.container}`;
    case 'FS_ERROR':
      return fsErrorText(e.errno, e.path);
    case 'NETWORK_SETUP_NOT_FOUND':
      return `failed to set up container networking: network ${e.ref} not found`;
    case 'NETWORK_EXISTS':
      return `network with name ${e.name} already exists`;
    case 'NETWORK_IN_USE':
      return `error while removing network: network ${e.name} has active endpoints (${e.endpoints.map((x) => `name:"${x.name}" id:"${x.id}"`).join(', ')})`;
    case 'NETWORK_PREDEFINED':
      return `${e.name} is a pre-defined network and cannot be removed`;
    case 'NETWORK_ALREADY_CONNECTED':
      return `endpoint with name ${e.container} already exists in network ${e.network}`;
    case 'NETWORK_NOT_CONNECTED':
      return `container ${e.id} is not connected to network ${e.network}`;
    case 'NETWORK_POOL_OVERLAP':
      return 'invalid pool request: Pool overlaps with other one on this address space';
    case 'NETWORK_HOST_MODE':
      return 'container cannot be disconnected from host network or connected to host network';
    case 'NO_SUCH_VOLUME':
      return `get ${e.name}: no such volume`;
    case 'VOLUME_IN_USE':
      return `remove ${e.name}: volume is in use - [${e.ids.join(', ')}]`;
    case 'VOLUME_INVALID_NAME':
      return `create ${e.name}: "${e.name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
    case 'DAEMON_TEXT':
      return e.message;
  }
}

/** The emulator's own limits in French; real errno texts otherwise. */
export function fsErrorText(errno: string, path: string): string {
  if (errno === 'EFBIG') return t('container.fs.fileTooLarge', { path });
  if (errno === 'ENOSPC') return t('container.fs.layerFull', { path });
  const texts: Record<string, string> = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
    EISDIR: 'is a directory',
    EEXIST: 'file exists',
    ENOTEMPTY: 'directory not empty',
  };
  return `${path}: ${texts[errno] ?? errno}`;
}

/** The full line as the docker CLI prints it: "Error response from daemon: …" for daemon errors. */
export function renderError(e: EngineError): string {
  return isDaemonError(e) ? `Error response from daemon: ${errorText(e)}` : errorText(e);
}

/** Exit status `docker run` gives a failed create/start (toStatusError in the CLI). */
export function runExitCode(e: EngineError): number {
  const text = errorText(e);
  if (/executable file not found|no such file or directory/.test(text)) return 127;
  if (/permission denied|is a directory/.test(text)) return 126;
  return 125;
}
