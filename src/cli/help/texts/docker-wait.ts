// Help text of `docker wait --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker wait CONTAINER [CONTAINER...]\n\nBlock until one or more containers stop, then print their exit codes\n\nAliases:\n  docker container wait, docker wait\n"
  }
] };

export default help;
