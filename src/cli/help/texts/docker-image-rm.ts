// Help text of `docker image rm --help`: that of `docker rmi` (one stored text) under the name it is called by.
import rmi from './docker-rmi.ts';
import { withUsageCommand } from '../derive.ts';

export default withUsageCommand(rmi, 'docker rmi', 'docker image rm');
