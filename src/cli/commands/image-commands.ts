// The image, filesystem and exec commands (issue 5), registered as one list before the not-yet-emulated ones.
import type { CommandSpec } from '../command.ts';
import { command as pull } from './pull.ts';
import { command as images } from './images.ts';
import { command as rmi } from './rmi.ts';
import { command as tag } from './tag.ts';
import { command as history } from './history.ts';
import { command as imagePrune } from './image-prune.ts';
import { command as systemDf } from './system-df.ts';
import { command as diff } from './diff.ts';
import { command as cp } from './cp.ts';
import { command as commit } from './commit.ts';
import { command as exec } from './exec.ts';

export const IMAGE_COMMANDS: CommandSpec[] = [
  pull,
  images,
  rmi,
  tag,
  history,
  imagePrune,
  systemDf,
  diff,
  cp,
  commit,
  exec,
];
