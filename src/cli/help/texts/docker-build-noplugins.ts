// Help text of `docker build --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker build [OPTIONS] PATH | URL | -\n\nBuild an image from a Dockerfile\n\nAliases:\n  docker image build, docker build, docker builder build\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --add-host list",
        "usage": "Add a custom host-to-IP mapping (\"host:ip\")"
      },
      {
        "prefix": "      --build-arg list",
        "usage": "Set build-time variables"
      },
      {
        "prefix": "      --cache-from strings",
        "usage": "Images to consider as cache sources"
      },
      {
        "prefix": "      --cgroup-parent string",
        "usage": "Set the parent cgroup for the \"RUN\" instructions during build"
      },
      {
        "prefix": "      --compress",
        "usage": "Compress the build context using gzip"
      },
      {
        "prefix": "      --cpu-period int",
        "usage": "Limit the CPU CFS (Completely Fair Scheduler) period"
      },
      {
        "prefix": "      --cpu-quota int",
        "usage": "Limit the CPU CFS (Completely Fair Scheduler) quota"
      },
      {
        "prefix": "  -c, --cpu-shares int",
        "usage": "CPU shares (relative weight)"
      },
      {
        "prefix": "      --cpuset-cpus string",
        "usage": "CPUs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "      --cpuset-mems string",
        "usage": "MEMs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "      --disable-content-trust",
        "usage": "Skip image verification (default true)"
      },
      {
        "prefix": "  -f, --file string",
        "usage": "Name of the Dockerfile (Default is \"PATH/Dockerfile\")"
      },
      {
        "prefix": "      --force-rm",
        "usage": "Always remove intermediate containers"
      },
      {
        "prefix": "      --iidfile string",
        "usage": "Write the image ID to the file"
      },
      {
        "prefix": "      --isolation string",
        "usage": "Container isolation technology"
      },
      {
        "prefix": "      --label list",
        "usage": "Set metadata for an image"
      },
      {
        "prefix": "  -m, --memory bytes",
        "usage": "Memory limit"
      },
      {
        "prefix": "      --memory-swap bytes",
        "usage": "Swap limit equal to memory plus swap: -1 to enable unlimited swap"
      },
      {
        "prefix": "      --network string",
        "usage": "Set the networking mode for the RUN instructions during build (default \"default\")"
      },
      {
        "prefix": "      --no-cache",
        "usage": "Do not use cache when building the image"
      },
      {
        "prefix": "      --platform string",
        "usage": "Set platform if server is multi-platform capable"
      },
      {
        "prefix": "      --pull",
        "usage": "Always attempt to pull a newer version of the image"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress the build output and print image ID on success"
      },
      {
        "prefix": "      --rm",
        "usage": "Remove intermediate containers after a successful build (default true)"
      },
      {
        "prefix": "      --security-opt strings",
        "usage": "Security options"
      },
      {
        "prefix": "      --shm-size bytes",
        "usage": "Size of \"/dev/shm\""
      },
      {
        "prefix": "      --squash",
        "usage": "Squash newly built layers into a single new layer"
      },
      {
        "prefix": "  -t, --tag list",
        "usage": "Name and optionally a tag in the \"name:tag\" format"
      },
      {
        "prefix": "      --target string",
        "usage": "Set the target build stage to build."
      },
      {
        "prefix": "      --ulimit ulimit",
        "usage": "Ulimit options (default [])"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
