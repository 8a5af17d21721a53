// Help text of `docker logout --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker logout [SERVER]\n\nLog out from a registry.\nIf no server is specified, the default is defined by the daemon.\n"
  }
] };

export default help;
