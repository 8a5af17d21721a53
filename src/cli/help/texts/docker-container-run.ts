// Help text of `docker container run --help`: that of `docker run` (one stored text) under the name it is called by.
import run from './docker-run.ts';
import { withUsageCommand } from '../derive.ts';

export default withUsageCommand(run, 'docker run', 'docker container run');
