// Public entry point of the emulated Docker engine (pure, serialisable, no DOM), heavy parts included.
import { bindLateParts } from './late.ts';
import { LATE_PARTS } from './late-parts.ts';

export * from './light.ts';
export { FsError, treeOf } from './fs/ops.ts';
export { runCurl, HOST_CURL, IMAGE_CURL } from './network/curl-client.ts';
export type { CurlIO, CurlResult, CurlFlavour } from './network/curl-client.ts';
export { parseUrl } from './network/http.ts';

bindLateParts(LATE_PARTS);
