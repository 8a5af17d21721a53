// Help text of `docker --help` on a client without CLI plugins: the stored one less the plugins' commands.
import docker from './docker.ts';
import type { HelpPart, HelpText } from '../types.ts';

/** Command lines that only the buildx and compose plugins add (bake comes with buildx). */
const PLUGIN_COMMAND_LINE = /^ {2}(bake|buildx\*|compose\*) /;

const [overview, ...rest] = docker.parts;
if (overview === undefined || !('text' in overview)) throw new Error('docker help starts with text');
const withoutPlugins: HelpPart = {
  text: overview.text
    .split('\n')
    .filter((line) => !PLUGIN_COMMAND_LINE.test(line))
    .join('\n'),
};

const help: HelpText = { parts: [withoutPlugins, ...rest] };

export default help;
