// Help text of `docker system --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n  events      Get real time events from the server\n  info        Display system-wide information\n  prune       Remove unused data\n\nRun 'docker system COMMAND --help' for more information on a command.\n"
  }
] };

export default help;
