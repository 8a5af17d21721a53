// The image catalogue: Docker Hub's official images as a learner pulls them today (tags, sizes, configs, layers).
import type { ImageConfig, ImageHistoryEntry } from '../types.ts';
import { derivedHex } from '../rng.ts';
import {
  busyboxRootfs,
  gnuRootfs,
  helloFiles,
  nginxCopyFiles,
  nginxFiles,
  redisDataFiles,
  redisEntrypointFiles,
  redisFiles,
  type FileMap,
} from './files.ts';

export interface CatalogLayer {
  /** Seed of its digest, so that shared layers (same seed) are one layer. */
  seed: string;
  size: number;
  files: () => FileMap;
  createdBy: string;
}

export interface CatalogImage {
  repository: string;
  tags: string[];
  /** Seed of the image ID and manifest digest. */
  seed: string;
  created: number;
  config: ImageConfig;
  layers: CatalogLayer[];
  /** Metadata-only history rows (ENV, CMD…) appended after the layers, in order. */
  emptyHistory: string[];
  /** The Dockerfile order of rows: a number is that layer, a string a metadata row (default: layers first). */
  historyOrder?: (number | string)[];
}

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const DEBIAN_13 = [
  'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"',
  'NAME="Debian GNU/Linux"',
  'VERSION_ID="13"',
  'VERSION="13 (trixie)"',
  'VERSION_CODENAME=trixie',
  'DEBIAN_VERSION_FULL=13.2',
  'ID=debian',
  'HOME_URL="https://www.debian.org/"',
  'SUPPORT_URL="https://www.debian.org/support"',
  'BUG_REPORT_URL="https://bugs.debian.org/"',
  '',
].join('\n');

const DEBIAN_12 = [
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
  'NAME="Debian GNU/Linux"',
  'VERSION_ID="12"',
  'VERSION="12 (bookworm)"',
  'VERSION_CODENAME=bookworm',
  'ID=debian',
  'HOME_URL="https://www.debian.org/"',
  'SUPPORT_URL="https://www.debian.org/support"',
  'BUG_REPORT_URL="https://bugs.debian.org/"',
  '',
].join('\n');

const UBUNTU_2404 = [
  'PRETTY_NAME="Ubuntu 24.04.3 LTS"',
  'NAME="Ubuntu"',
  'VERSION_ID="24.04"',
  'VERSION="24.04.3 LTS (Noble Numbat)"',
  'VERSION_CODENAME=noble',
  'ID=ubuntu',
  'ID_LIKE=debian',
  'HOME_URL="https://www.ubuntu.com/"',
  'SUPPORT_URL="https://help.ubuntu.com/"',
  'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
  'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
  'UBUNTU_CODENAME=noble',
  'LOGO=ubuntu-logo',
  '',
].join('\n');

const ALPINE = [
  'NAME="Alpine Linux"',
  'ID=alpine',
  'VERSION_ID=3.22.2',
  'PRETTY_NAME="Alpine Linux v3.22"',
  'HOME_URL="https://alpinelinux.org/"',
  'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
  '',
].join('\n');

const baseConfig = (over: Partial<ImageConfig>): ImageConfig => ({
  Cmd: null,
  Entrypoint: null,
  Env: [PATH_ENV],
  ExposedPorts: null,
  WorkingDir: '',
  User: '',
  Volumes: null,
  Labels: null,
  ...over,
});

const trixieSlim: CatalogLayer = {
  seed: 'layer:debian:trixie-slim',
  size: 78_614_000,
  files: () =>
    gnuRootfs({
      osRelease: DEBIAN_13,
      issue: 'Debian GNU/Linux 13 \\n \\l\n\n',
      debianVersion: '13.2',
      extraPasswd: [
        'nginx:x:101:101:nginx user:/nonexistent:/usr/sbin/nologin',
        'redis:x:999:999::/home/redis:/usr/sbin/nologin',
      ],
    }),
  createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1763337600'",
};

export const CATALOG: readonly CatalogImage[] = [
  {
    repository: 'hello-world',
    tags: ['latest'],
    seed: 'image:hello-world:latest',
    created: 1_754_682_663_000,
    config: baseConfig({ Cmd: ['/hello'], Env: [] }),
    layers: [
      {
        seed: 'layer:hello-world',
        size: 10_072,
        files: helloFiles,
        createdBy: 'COPY hello / # buildkit',
      },
    ],
    emptyHistory: ['CMD ["/hello"]'],
  },
  {
    repository: 'alpine',
    tags: ['latest', '3.22', '3.22.2', '3'],
    seed: 'image:alpine:3.22.2',
    created: 1_759_921_496_000,
    config: baseConfig({ Cmd: ['/bin/sh'] }),
    layers: [
      {
        seed: 'layer:alpine:3.22.2',
        size: 8_311_582,
        files: () => busyboxRootfs(ALPINE),
        createdBy: 'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit',
      },
    ],
    emptyHistory: ['CMD ["/bin/sh"]'],
  },
  {
    repository: 'busybox',
    tags: ['latest', '1.37', '1.37.0', 'stable'],
    seed: 'image:busybox:1.37.0',
    created: 1_727_386_302_000,
    config: baseConfig({ Cmd: ['sh'] }),
    layers: [
      {
        seed: 'layer:busybox:1.37.0',
        size: 4_277_910,
        files: () => busyboxRootfs(),
        createdBy: 'ADD busybox.tar.xz / # buildkit',
      },
    ],
    emptyHistory: ['CMD ["sh"]'],
  },
  {
    repository: 'ubuntu',
    tags: ['latest', '24.04', 'noble'],
    seed: 'image:ubuntu:24.04',
    created: 1_760_365_812_000,
    config: baseConfig({
      Cmd: ['/bin/bash'],
      Labels: {
        'org.opencontainers.image.ref.name': 'ubuntu',
        'org.opencontainers.image.version': '24.04',
      },
    }),
    layers: [
      {
        seed: 'layer:ubuntu:noble-20251013',
        size: 78_118_447,
        files: () =>
          gnuRootfs({
            osRelease: UBUNTU_2404,
            issue: 'Ubuntu 24.04.3 LTS \\n \\l\n\n',
            debianVersion: 'trixie/sid',
            extraPasswd: ['ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash'],
            homes: ['ubuntu'],
          }),
        createdBy:
          '/bin/sh -c #(nop) ADD file:4e55519deacbd3fbdc4a8fe0c9f6e3d1fb0c4d2cf9e9f3ec1f8d1a38e0bb2d67 in / ',
      },
    ],
    emptyHistory: [
      '/bin/sh -c #(nop)  ARG RELEASE',
      '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04',
      '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ],
    historyOrder: [
      '/bin/sh -c #(nop)  ARG RELEASE',
      '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04',
      0,
      '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ],
  },
  {
    repository: 'debian',
    tags: ['latest', '13', 'trixie'],
    seed: 'image:debian:13.2',
    created: 1_763_337_601_000,
    config: baseConfig({ Cmd: ['bash'] }),
    layers: [
      {
        seed: 'layer:debian:trixie',
        size: 120_282_000,
        files: () =>
          gnuRootfs({
            osRelease: DEBIAN_13,
            issue: 'Debian GNU/Linux 13 \\n \\l\n\n',
            debianVersion: '13.2',
          }),
        createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1763337600'",
      },
    ],
    emptyHistory: ['CMD ["bash"]'],
  },
  {
    repository: 'debian',
    tags: ['bookworm', '12'],
    seed: 'image:debian:12.12',
    created: 1_763_337_600_000,
    config: baseConfig({ Cmd: ['bash'] }),
    layers: [
      {
        seed: 'layer:debian:bookworm',
        size: 116_546_000,
        files: () =>
          gnuRootfs({
            osRelease: DEBIAN_12,
            issue: 'Debian GNU/Linux 12 \\n \\l\n\n',
            debianVersion: '12.12',
          }),
        createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1763337600'",
      },
    ],
    emptyHistory: ['CMD ["bash"]'],
  },
  {
    repository: 'nginx',
    tags: ['latest', '1.29', '1.29.3', 'mainline'],
    seed: 'image:nginx:1.29.3',
    created: 1_761_673_192_000,
    config: baseConfig({
      Cmd: ['nginx', '-g', 'daemon off;'],
      Entrypoint: ['/docker-entrypoint.sh'],
      Env: [
        PATH_ENV,
        'NGINX_VERSION=1.29.3',
        'NJS_VERSION=0.9.4',
        'NJS_RELEASE=1~trixie',
        'PKG_RELEASE=1~trixie',
        'DYNPKG_RELEASE=1~trixie',
      ],
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGQUIT',
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    }),
    layers: [
      trixieSlim,
      {
        seed: 'layer:nginx:1.29.3:packages',
        size: 113_780_000,
        files: nginxFiles,
        createdBy:
          'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx # buildkit',
      },
      {
        seed: 'layer:nginx:entrypoint',
        size: 628,
        files: nginxCopyFiles('/docker-entrypoint.sh'),
        createdBy: 'COPY docker-entrypoint.sh / # buildkit',
      },
      {
        seed: 'layer:nginx:10-listen',
        size: 2_125,
        files: nginxCopyFiles('/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'),
        createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
      },
      {
        seed: 'layer:nginx:15-resolvers',
        size: 389,
        files: nginxCopyFiles('/docker-entrypoint.d/15-local-resolvers.envsh'),
        createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit',
      },
      {
        seed: 'layer:nginx:20-envsubst',
        size: 3_018,
        files: nginxCopyFiles('/docker-entrypoint.d/20-envsubst-on-templates.sh'),
        createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit',
      },
      {
        seed: 'layer:nginx:30-tune',
        size: 4_620,
        files: nginxCopyFiles('/docker-entrypoint.d/30-tune-worker-processes.sh'),
        createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit',
      },
    ],
    emptyHistory: [
      'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>',
      'ENV NGINX_VERSION=1.29.3',
      'ENV NJS_VERSION=0.9.4',
      'ENV NJS_RELEASE=1~trixie',
      'ENV PKG_RELEASE=1~trixie',
      'ENV DYNPKG_RELEASE=1~trixie',
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'EXPOSE map[80/tcp:{}]',
      'STOPSIGNAL SIGQUIT',
      'CMD ["nginx" "-g" "daemon off;"]',
    ],
    historyOrder: [
      0,
      'CMD ["bash"]',
      'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>',
      'ENV NGINX_VERSION=1.29.3',
      'ENV NJS_VERSION=0.9.4',
      'ENV NJS_RELEASE=1~trixie',
      'ENV PKG_RELEASE=1~trixie',
      'ENV DYNPKG_RELEASE=1~trixie',
      1,
      2,
      3,
      4,
      5,
      6,
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'EXPOSE map[80/tcp:{}]',
      'STOPSIGNAL SIGQUIT',
      'CMD ["nginx" "-g" "daemon off;"]',
    ],
  },
  {
    repository: 'redis',
    tags: ['latest', '8', '8.2', '8.2.3'],
    seed: 'image:redis:8.2.3',
    created: 1_762_201_815_000,
    config: baseConfig({
      Cmd: ['redis-server'],
      Entrypoint: ['docker-entrypoint.sh'],
      Env: [
        PATH_ENV,
        'GOSU_VERSION=1.17',
        'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz',
        'REDIS_DOWNLOAD_SHA=6c1d4a8ff1b2f8b8a9e4f7d1b9d0c2e3a4f5b6c7d8e9f0a1b2c3d4e5f6a7b8c9',
      ],
      ExposedPorts: { '6379/tcp': {} },
      WorkingDir: '/data',
      Volumes: { '/data': {} },
    }),
    layers: [
      trixieSlim,
      {
        seed: 'layer:redis:user',
        size: 4_290,
        files: () => ({}),
        createdBy:
          'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit',
      },
      {
        seed: 'layer:redis:tzdata',
        size: 1_510_000,
        files: () => ({}),
        createdBy:
          'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      },
      {
        seed: 'layer:redis:build',
        size: 57_068_000,
        files: redisFiles,
        createdBy:
          'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget # buildkit',
      },
      {
        seed: 'layer:redis:data',
        size: 0,
        files: redisDataFiles,
        createdBy: 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit',
      },
      {
        seed: 'layer:redis:entrypoint',
        size: 3_612,
        files: redisEntrypointFiles,
        createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      },
    ],
    emptyHistory: [
      'ENV GOSU_VERSION=1.17',
      'ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz',
      'VOLUME [/data]',
      'WORKDIR /data',
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'EXPOSE map[6379/tcp:{}]',
      'CMD ["redis-server"]',
    ],
    historyOrder: [
      0,
      'CMD ["bash"]',
      1,
      2,
      'ENV GOSU_VERSION=1.17',
      'ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz',
      3,
      4,
      'VOLUME [/data]',
      'WORKDIR /data',
      5,
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'EXPOSE map[6379/tcp:{}]',
      'CMD ["redis-server"]',
    ],
  },
];

export const imageIdOf = (img: CatalogImage): string => derivedHex(`${img.seed}:config`);
export const manifestDigestOf = (img: CatalogImage): string =>
  `sha256:${derivedHex(`${img.seed}:manifest`)}`;
export const layerDigestOf = (layer: CatalogLayer): string => `sha256:${derivedHex(layer.seed)}`;

function commentOf(createdBy: string): string {
  if (createdBy.startsWith('/bin/sh -c #(nop)')) return '';
  if (createdBy.startsWith('# debian.sh')) return 'debuerreotype 0.16';
  return 'buildkit.dockerfile.v0';
}

export function historyOf(img: CatalogImage): ImageHistoryEntry[] {
  const order = img.historyOrder ?? [...img.layers.map((_, i) => i), ...img.emptyHistory];
  return order.map((item) => {
    const layer = typeof item === 'number' ? img.layers[item] : undefined;
    const createdBy = layer ? layer.createdBy : String(item);
    return {
      created: img.created,
      createdBy,
      size: layer ? layer.size : 0,
      comment: commentOf(createdBy),
      emptyLayer: layer === undefined,
    };
  });
}
