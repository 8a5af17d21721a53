// `docker image inspect` (types.ImageInspect) from engine state, in the key order of the reference.
import type { EngineState, Image } from '../../engine/types.ts';
import { healthcheckJson } from './container-inspect.ts';
import { goStruct } from '../format/go-template/values.ts';
import { sortedRecord, type GoJsonValue } from './go-json.ts';
import { nilMap, nilSlice, sliceOrNil, struct, typedMap } from './go-values.ts';
import { rfc3339Nano, ZERO_TIME } from './go-time.ts';
import { repoTagsOf } from './lookup.ts';
import { imageLayerDirs } from './paths.ts';

type Json = { [key: string]: GoJsonValue | undefined };

/** The engine version that "built" every image, as DockerVersion shows it. */
export const IMAGE_DOCKER_VERSION = '28.5.2+dfsg4';

const emptySet = (keys: readonly string[], typeName: string): Json => {
  if (keys.length === 0) return nilMap(typeName);
  const out: Record<string, Json> = {};
  for (const k of [...keys].sort()) out[k] = goStruct({});
  return typedMap(out, typeName);
};

/** Image config: alphabetical keys as the daemon prints them, the omitempty ones left out when empty. */
function imageConfigJson(img: Image): Json {
  const c = img.config;
  return struct(
    {
      ArgsEscaped: false,
      Cmd: sliceOrNil(c.Cmd),
      Entrypoint: sliceOrNil(c.Entrypoint),
      Env: sliceOrNil(c.Env),
      ExposedPorts: emptySet(Object.keys(c.ExposedPorts ?? {}), 'map[string]struct {}'),
      Healthcheck: c.Healthcheck ? healthcheckJson(c.Healthcheck) : null,
      Labels:
        c.Labels && Object.keys(c.Labels).length > 0 ? typedMap(sortedRecord(c.Labels)) : nilMap(),
      OnBuild: nilSlice(),
      Shell: nilSlice(),
      StopSignal: c.StopSignal ?? '',
      User: c.User,
      Volumes: emptySet(Object.keys(c.Volumes ?? {}), 'map[string]struct {}'),
      WorkingDir: c.WorkingDir,
    },
    '*container.Config',
    ['ArgsEscaped', 'ExposedPorts', '*Healthcheck', 'Shell', 'StopSignal'],
  );
}

function graphDriverJson(img: Image): Json {
  const dirs = imageLayerDirs(img.layers);
  const top = dirs[0] ?? '';
  const data: Record<string, string> = {};
  if (dirs.length > 1)
    data.LowerDir = dirs
      .slice(1)
      .map((d) => `${d}/diff`)
      .join(':');
  data.MergedDir = `${top}/merged`;
  data.UpperDir = `${top}/diff`;
  data.WorkDir = `${top}/work`;
  return struct({ Data: typedMap(data), Name: 'overlay2' }, 'storage.DriverData');
}

/** The full inspect object of an image. */
export function inspectImage(state: EngineState, img: Image): Json {
  // Hub images are built with BuildKit, which sets this comment and leaves DockerVersion empty.
  const comment = img.comment ?? (img.parent ? '' : 'buildkit.dockerfile.v0');
  return struct(
    {
      Id: 'sha256:' + img.id,
      RepoTags: repoTagsOf(state, img.id),
      RepoDigests: [...img.repoDigests],
      Parent: img.parent ? 'sha256:' + img.parent : '',
      Comment: comment,
      Created: rfc3339Nano(img.created),
      DockerVersion: img.parent ? IMAGE_DOCKER_VERSION : '',
      Author: img.author ?? '',
      Architecture: img.architecture,
      Os: img.os,
      Size: img.size,
      GraphDriver: graphDriverJson(img),
      RootFS: struct({ Type: 'layers', Layers: [...img.layers] }, 'image.RootFS'),
      // Pulled images have no tag time: Docker prints the zero time for them.
      Metadata: struct({ LastTagTime: ZERO_TIME }, 'image.Metadata'),
      Config: imageConfigJson(img),
    },
    'image.InspectResponse',
  );
}
