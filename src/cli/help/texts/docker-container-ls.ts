// Help text of `docker container ls --help`: that of `docker ps` (one stored text) under the name it is called by.
import ps from './docker-ps.ts';
import { withUsageCommand } from '../derive.ts';

export default withUsageCommand(ps, 'docker ps', 'docker container ls');
