// Help text of `docker image build --help`: that of `docker build` (one stored text) under the name it is called by.
import build from './docker-build-noplugins.ts';
import { withUsageCommand } from '../derive.ts';

export default withUsageCommand(build, 'docker build', 'docker image build');
