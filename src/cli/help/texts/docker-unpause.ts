// Help text of `docker unpause --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker unpause CONTAINER [CONTAINER...]\n\nUnpause all processes within one or more containers\n\nAliases:\n  docker container unpause, docker unpause\n"
  }
] };

export default help;
