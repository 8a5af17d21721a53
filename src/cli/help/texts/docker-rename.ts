// Help text of `docker rename --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker rename CONTAINER NEW_NAME\n\nRename a container\n\nAliases:\n  docker container rename, docker rename\n"
  }
] };

export default help;
