// Help text of `docker top --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker top CONTAINER [ps OPTIONS]\n\nDisplay the running processes of a container\n\nAliases:\n  docker container top, docker top\n"
  }
] };

export default help;
