// The engine's state: plain JSON-safe data for images, containers, volumes, networks, the host and events.

/** Milliseconds since the Unix epoch on the engine's virtual clock. */
export type VirtualTime = number;

export interface EngineState {
  /** Schema version of this snapshot; bumped on incompatible changes. */
  schema: 1;
  /** The virtual clock, in ms since the epoch. Only `advance` moves it. */
  now: VirtualTime;
  /** State of the deterministic pseudo-random generator (IDs, names, IPs, PIDs). */
  rng: number;
  /** Next PID to hand out to a process (host-wide, as the kernel would). */
  nextPid: number;
  /** Registry (Docker Hub model): every image that can be pulled, keyed by repository name. */
  registry: Record<string, RegistryRepo>;
  /** Local image store, keyed by full image ID ("sha256:…" hex without the prefix). */
  images: Record<string, Image>;
  /** Local tags: "nginx:latest" → image ID. */
  tags: Record<string, string>;
  /** Layers present locally, keyed by layer digest (shared between images). */
  layers: Record<string, Layer>;
  /** Containers keyed by full 64-hex ID; insertion order is creation order. */
  containers: Record<string, Container>;
  volumes: Record<string, Volume>;
  /** Networks keyed by full ID. The defaults (bridge, host, none) always exist. */
  networks: Record<string, Network>;
  host: HostState;
  /** Append-only log modelled on `docker events`, plus the lines typed on the host. */
  events: EngineEvent[];
  /** Limits that keep the emulator responsive; exceeding one gives a clear error. */
  limits: EngineLimits;
}

export interface EngineLimits {
  maxContainers: number;
  maxLogLines: number;
  maxEvents: number;
  maxLayerBytes: number;
  maxFileBytes: number;
}

// ---------------------------------------------------------------- images

export interface RegistryRepo {
  /** tag → manifest */
  tags: Record<string, RegistryManifest>;
}

export interface RegistryManifest {
  /** Manifest digest ("sha256:…"), shown as `Digest:` on pull. */
  digest: string;
  /** Image config ID (64 hex), which becomes the local image ID. */
  imageId: string;
}

export interface ImageConfig {
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Env: string[];
  ExposedPorts: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  User: string;
  StopSignal?: string;
  Volumes: Record<string, Record<string, never>> | null;
  Labels: Record<string, string> | null;
  Healthcheck?: HealthcheckConfig;
}

export interface HealthcheckConfig {
  Test: string[];
  /** Nanoseconds, as in Docker's API. */
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface Image {
  /** 64 hex, without "sha256:". */
  id: string;
  /** Repo digests ("nginx@sha256:…"). */
  repoDigests: string[];
  created: VirtualTime;
  /** Virtual size in bytes (sum of its layers). */
  size: number;
  os: string;
  architecture: string;
  config: ImageConfig;
  /** Layer digests, bottom first. */
  layers: string[];
  /** `docker history` rows, oldest first. `layer` is set for rows that add a layer. */
  history: ImageHistoryEntry[];
  /** Image this one was committed from, if any. */
  parent?: string;
  comment?: string;
  author?: string;
}

export interface ImageHistoryEntry {
  created: VirtualTime;
  createdBy: string;
  size: number;
  comment: string;
  emptyLayer: boolean;
}

/** A read-only layer: a diff of a filesystem (files added/changed, whiteouts for deletions). */
export interface Layer {
  digest: string;
  size: number;
  /** Path → entry. A `whiteout` entry deletes that path from the layers below. */
  files: Record<string, FsEntry>;
}

// ---------------------------------------------------------------- filesystems

export type FsEntry =
  | { kind: 'file'; content: string; mode: number; uid: number; gid: number; mtime: VirtualTime }
  | { kind: 'dir'; mode: number; uid: number; gid: number; mtime: VirtualTime }
  | { kind: 'symlink'; target: string; mode: number; uid: number; gid: number; mtime: VirtualTime }
  | { kind: 'whiteout' }
  /** An opaque directory: hides everything below it in lower layers. */
  | { kind: 'opaque'; mode: number; uid: number; gid: number; mtime: VirtualTime };

// ---------------------------------------------------------------- containers

export type ContainerStatus =
  'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface PortBinding {
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
  hostIp: string;
  /** 0 when the engine must choose (from 32768 up). */
  hostPort: number;
}

export interface MountSpec {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name or host path. */
  source: string;
  target: string;
  readOnly: boolean;
  /** `-v /host:/ctr` creates a missing host directory; `--mount type=bind` refuses it. */
  createSource?: boolean;
  /** `nocopy` / `volume-nocopy`: do not copy the image's files into a new volume. */
  noCopy?: boolean;
}

export interface RestartPolicy {
  name: 'no' | 'always' | 'on-failure' | 'unless-stopped';
  maximumRetryCount: number;
}

/** Everything `docker run`/`create` decided, i.e. Config + HostConfig of `inspect`. */
export interface ContainerConfig {
  /** What the user typed as image reference ("nginx", "nginx:latest"). */
  imageRef: string;
  hostname: string;
  domainname: string;
  user: string;
  env: string[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  workingDir: string;
  labels: Record<string, string>;
  exposedPorts: string[];
  tty: boolean;
  openStdin: boolean;
  stdinOnce: boolean;
  attachStdin: boolean;
  attachStdout: boolean;
  attachStderr: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  healthcheck?: HealthcheckConfig;
  volumes: string[];
  // HostConfig
  portBindings: PortBinding[];
  publishAllPorts: boolean;
  mounts: MountSpec[];
  networkMode: string;
  networkAliases: string[];
  restartPolicy: RestartPolicy;
  autoRemove: boolean;
  init: boolean;
  /** bytes; 0 = unlimited */
  memory: number;
  memorySwap: number;
  memoryReservation: number;
  nanoCpus: number;
  cpuShares: number;
  cpusetCpus: string;
  pidsLimit: number | null;
  privileged: boolean;
  readonlyRootfs: boolean;
  capAdd: string[];
  capDrop: string[];
  dns: string[];
  extraHosts: string[];
  logDriver: string;
}

export interface ContainerState {
  status: ContainerStatus;
  pid: number;
  exitCode: number;
  error: string;
  oomKilled: boolean;
  startedAt: VirtualTime | null;
  finishedAt: VirtualTime | null;
  health?: HealthState;
  /** Set by an explicit `docker stop`/`kill` so `unless-stopped`/`always` do not restart it. */
  stoppedByUser: boolean;
  /** When the restart manager will next start it (restart policies' back-off). */
  restartAt?: VirtualTime;
  /** When a pending `docker stop` sends SIGKILL because the stop signal was not obeyed in time. */
  killAt?: VirtualTime;
  /** Set by `docker restart`: start again as soon as the stop completes. */
  pendingRestart?: boolean;
  /** Back-off delay (ms) the restart manager will use next time. */
  restartDelay?: number;
}

export interface HealthState {
  status: 'starting' | 'healthy' | 'unhealthy';
  failingStreak: number;
  log: { start: VirtualTime; end: VirtualTime; exitCode: number; output: string }[];
  nextCheckAt: VirtualTime;
}

export interface LogLine {
  time: VirtualTime;
  stream: 'stdout' | 'stderr';
  /** The line including its terminator ("\n", or "\r\n" with a TTY); a partial last line has none. */
  text: string;
}

export interface NetworkEndpoint {
  networkId: string;
  endpointId: string;
  ipAddress: string;
  ipPrefixLen: number;
  gateway: string;
  macAddress: string;
  aliases: string[];
  dnsNames: string[];
}

/** A process inside a container (PID 1 is the main process). Its program is data plus a position. */
export interface ContainerProcess {
  pid: number;
  ppid: number;
  /** argv as `ps` shows it. */
  argv: string[];
  uid: number;
  startedAt: VirtualTime;
  /** Program state, interpreted by the engine's program runner (shape owned by engine/programs). */
  program: ProgramState;
}

/** A program's resumable state. `kind` selects the simulator; the rest is that simulator's own data. */
export interface ProgramState {
  kind: string;
  /** Virtual time at which the program next needs to run, if it is waiting. */
  wakeAt?: VirtualTime;
  /** Simulator-specific JSON-safe data. */
  data: JsonValue;
}

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface Container {
  id: string;
  /** Without the leading "/". */
  name: string;
  created: VirtualTime;
  imageId: string;
  /** argv[0] of the main process (inspect `.Path`) and the rest (`.Args`). */
  path: string;
  args: string[];
  config: ContainerConfig;
  state: ContainerState;
  restartCount: number;
  /** Network name → endpoint (set while the container is connected; IPs assigned on start). */
  endpoints: Record<string, NetworkEndpoint>;
  /** Host ports actually bound while running: "80/tcp" → bindings. */
  boundPorts: PortBinding[];
  /** Read/write layer: path → entry (whiteouts for deletions). */
  rwLayer: Record<string, FsEntry>;
  logs: LogLine[];
  /** Lines dropped from the front of `logs` because of the cap. */
  logsDropped: number;
  /** Characters the kept log lines hold (absent in older snapshots: counted when first needed). */
  logChars?: number;
  processes: ContainerProcess[];
  /** Exec sessions' IDs, as inspect's ExecIDs. */
  execIds: string[];
  /** Whether someone is attached to its stdin right now is a CLI concern; pending stdin data is state. */
  stdinBuffer: string;
  stdinClosed: boolean;
  /** A `-t` container's pty: the line being typed, not yet delivered to the program. */
  ptyLine?: string;
  /** Resource accounting for `docker stats` (network bytes, memory peak); absent until first used. */
  usage?: ContainerUsage;
}

/** Counters `docker stats` shows, advanced by what the container does (requests served, memory). */
export interface ContainerUsage {
  rxBytes: number;
  txBytes: number;
  /** Extra resident memory (bytes) the program holds beyond its idle footprint (e.g. a memory hog). */
  extraMemory: number;
  /** CPU demand of the program in CPUs (1 = one core busy); 0 when idle. */
  cpuDemand: number;
  /** Virtual time at which the container's CPU counters were last reset (start). */
  since: VirtualTime;
  /** Connections served so far (nginx numbers them in its error log). */
  requests?: number;
}

// ---------------------------------------------------------------- volumes and networks

export interface Volume {
  name: string;
  driver: 'local';
  created: VirtualTime;
  labels: Record<string, string>;
  /** Anonymous volumes are removed by `rm -v` and `--rm`. */
  anonymous: boolean;
  files: Record<string, FsEntry>;
}

export interface Network {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  scope: 'local';
  created: VirtualTime;
  internal: boolean;
  attachable: boolean;
  subnet: string;
  gateway: string;
  labels: Record<string, string>;
  /** Default networks cannot be removed; user-defined bridges have DNS between containers. */
  builtin: boolean;
  /** Next host number to hand out in the subnet (.2, .3 …). */
  nextHost: number;
  /** Host number in the subnet → ID of the container holding that address (checked lazily, may be stale). */
  ipOwners?: Record<string, string>;
  /** Driver options (`-o`), as `network inspect` shows them. */
  options?: Record<string, string>;
  /** Whether the network was created with `--ipv6`. */
  enableIPv6?: boolean;
}

// ---------------------------------------------------------------- host

export interface HostState {
  user: string;
  home: string;
  hostname: string;
  /** The host's own filesystem (bind mounts, `docker cp`, `--env-file`). */
  files: Record<string, FsEntry>;
  /** Host shell history as typed, newest last (bounded). */
  history: string[];
  /** CPUs the daemon sees (`--cpus` range, nginx workers, `docker info`). */
  cpus?: number;
  /** Total memory in bytes (`docker info`, `stats` limits). */
  memoryBytes?: number;
  /** Kernel release (`uname -r`, nginx's "OS:" notice, `docker info`). */
  kernel?: string;
  /** Last host port handed out for `-P`/`-p 80` (the allocator goes on from there, from 32768 up). */
  lastEphemeralPort?: number;
  /** "tcp/8080" → ID of the container holding that host port (checked lazily, may be stale). */
  portOwners?: Record<string, string>;
}

// ---------------------------------------------------------------- events

export type EngineEvent =
  | {
      time: VirtualTime;
      type: 'container' | 'image' | 'network' | 'volume';
      /** Docker's action name: create, start, die, stop, kill, pause, unpause, destroy, rename, … */
      action: string;
      /** Object ID (container ID, image ref, network ID, volume name). */
      id: string;
      /** Event attributes as `docker events` shows them (name, image, exitCode, signal…). */
      attributes: Record<string, string>;
    }
  | {
      time: VirtualTime;
      type: 'shell';
      action: 'line';
      /** Where the line was typed: "host" or a container ID. */
      id: string;
      attributes: { line: string; exitCode?: string };
    };
