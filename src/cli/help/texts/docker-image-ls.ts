// Help text of `docker image ls --help`: that of `docker images` (one stored text) under the name it is called by.
import images from './docker-images.ts';
import { withUsageCommand } from '../derive.ts';

export default withUsageCommand(images, 'docker images', 'docker image ls');
