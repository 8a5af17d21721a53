// Help text of `docker image build --help`: with buildx installed it is that of `docker build`, to the letter.
export { default } from './docker-build.ts';
