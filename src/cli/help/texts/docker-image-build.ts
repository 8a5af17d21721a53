// Help text of `docker image build --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n\nAliases:\n  docker build, docker builder build, docker image build, docker buildx b\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --add-host strings",
        "usage": "Add a custom host-to-IP mapping (format: \"host:ip\")"
      },
      {
        "prefix": "      --allow stringArray",
        "usage": "Allow extra privileged entitlement (e.g., \"network.host\", \"security.insecure\", \"device\")"
      },
      {
        "prefix": "      --annotation stringArray",
        "usage": "Add annotation to the image"
      },
      {
        "prefix": "      --attest stringArray",
        "usage": "Attestation parameters (format: \"type=sbom,generator=image\")"
      },
      {
        "prefix": "      --build-arg stringArray",
        "usage": "Set build-time variables"
      },
      {
        "prefix": "      --build-context stringArray",
        "usage": "Additional build contexts (e.g., name=path)"
      },
      {
        "prefix": "      --builder string",
        "usage": "Override the configured builder instance (default \"default\")"
      },
      {
        "prefix": "      --cache-from stringArray",
        "usage": "External cache sources (e.g., \"user/app:cache\", \"type=local,src=path/to/dir\")"
      },
      {
        "prefix": "      --cache-to stringArray",
        "usage": "Cache export destinations (e.g., \"user/app:cache\", \"type=local,dest=path/to/dir\")"
      },
      {
        "prefix": "      --call string",
        "usage": "Set method for evaluating build (\"check\", \"outline\", \"targets\") (default \"build\")"
      },
      {
        "prefix": "      --cgroup-parent string",
        "usage": "Set the parent cgroup for the \"RUN\" instructions during build"
      },
      {
        "prefix": "      --check",
        "usage": "Shorthand for \"--call=check\""
      },
      {
        "prefix": "  -D, --debug",
        "usage": "Enable debug logging"
      },
      {
        "prefix": "  -f, --file string",
        "usage": "Name of the Dockerfile (default: \"PATH/Dockerfile\")"
      },
      {
        "prefix": "      --iidfile string",
        "usage": "Write the image ID to a file"
      },
      {
        "prefix": "      --label stringArray",
        "usage": "Set metadata for an image"
      },
      {
        "prefix": "      --load",
        "usage": "Shorthand for \"--output=type=docker\""
      },
      {
        "prefix": "      --metadata-file string",
        "usage": "Write build result metadata to a file"
      },
      {
        "prefix": "      --network string",
        "usage": "Set the networking mode for the \"RUN\" instructions during build (default \"default\")"
      },
      {
        "prefix": "      --no-cache",
        "usage": "Do not use cache when building the image"
      },
      {
        "prefix": "      --no-cache-filter stringArray",
        "usage": "Do not cache specified stages"
      },
      {
        "prefix": "  -o, --output stringArray",
        "usage": "Output destination (format: \"type=local,dest=path\")"
      },
      {
        "prefix": "      --platform stringArray",
        "usage": "Set target platform for build"
      },
      {
        "prefix": "      --progress string",
        "usage": "Set type of progress output (\"auto\", \"none\",  \"plain\", \"quiet\", \"rawjson\", \"tty\"). Use plain to show container output (default \"auto\")"
      },
      {
        "prefix": "      --provenance string",
        "usage": "Shorthand for \"--attest=type=provenance\""
      },
      {
        "prefix": "      --pull",
        "usage": "Always attempt to pull all referenced images"
      },
      {
        "prefix": "      --push",
        "usage": "Shorthand for \"--output=type=registry\""
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress the build output and print image ID on success"
      },
      {
        "prefix": "      --sbom string",
        "usage": "Shorthand for \"--attest=type=sbom\""
      },
      {
        "prefix": "      --secret stringArray",
        "usage": "Secret to expose to the build (format: \"id=mysecret[,src=/local/secret]\")"
      },
      {
        "prefix": "      --shm-size bytes",
        "usage": "Shared memory size for build containers"
      },
      {
        "prefix": "      --ssh stringArray",
        "usage": "SSH agent socket or keys to expose to the build (format: \"default|<id>[=<socket>|<key>[,<key>]]\")"
      },
      {
        "prefix": "  -t, --tag stringArray",
        "usage": "Name and optionally a tag (format: \"name:tag\")"
      },
      {
        "prefix": "      --target string",
        "usage": "Set the target build stage to build"
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
