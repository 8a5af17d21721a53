// Help text of `docker diff --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker diff CONTAINER\n\nInspect changes to files or directories on a container's filesystem\n\nAliases:\n  docker container diff, docker diff\n"
  }
] };

export default help;
