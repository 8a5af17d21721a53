// Help text of `docker pause --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker pause CONTAINER [CONTAINER...]\n\nPause all processes within one or more containers\n\nAliases:\n  docker container pause, docker pause\n"
  }
] };

export default help;
