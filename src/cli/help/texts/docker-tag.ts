// Help text of `docker tag --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nCreate a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n\nAliases:\n  docker image tag, docker tag\n"
  }
] };

export default help;
