// Who and where the emulated host is: user, home, hostname, and the prompt it shows.

export const HOST = {
  user: 'apprenant',
  home: '/home/apprenant',
  hostname: 'cours',
  uid: 1000,
  /** The learner is in the `docker` group, as after Docker's post-install steps. */
  dockerGid: 999,
} as const;

/** The environment a login shell of the host starts with. */
export function initialHostEnv(): Record<string, string> {
  return {
    HOME: HOST.home,
    USER: HOST.user,
    LOGNAME: HOST.user,
    HOSTNAME: HOST.hostname,
    SHELL: '/bin/bash',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    PWD: HOST.home,
  };
}

/** The bash prompt `apprenant@cours:~$ `: `~` for the home directory and below it. */
export function hostPrompt(cwd: string): string {
  return `${HOST.user}@${HOST.hostname}:${tildePath(cwd)}$ `;
}

export function tildePath(cwd: string): string {
  if (cwd === HOST.home) return '~';
  if (cwd.startsWith(HOST.home + '/')) return '~' + cwd.slice(HOST.home.length);
  return cwd;
}
