// Root filesystems of the catalogue's images, as layer file maps: just enough structure for exec lookups.
import type { FsEntry } from '../types.ts';

export type FileMap = Record<string, FsEntry>;

const BASE_TIME = 1_759_000_000_000;

export const dirEntry = (mode = 0o755): FsEntry => ({
  kind: 'dir',
  mode,
  uid: 0,
  gid: 0,
  mtime: BASE_TIME,
});
export const fileEntry = (content: string, mode = 0o644): FsEntry => ({
  kind: 'file',
  content,
  mode,
  uid: 0,
  gid: 0,
  mtime: BASE_TIME,
});
export const linkEntry = (target: string): FsEntry => ({
  kind: 'symlink',
  target,
  mode: 0o777,
  uid: 0,
  gid: 0,
  mtime: BASE_TIME,
});

/** Adds `path` and its missing parent directories. */
export function put(files: FileMap, path: string, entry: FsEntry): void {
  const parts = path.split('/').filter(Boolean);
  let cur = '';
  for (let i = 0; i < parts.length - 1; i++) {
    cur += `/${parts[i]}`;
    if (!files[cur]) files[cur] = dirEntry();
  }
  files[path] = entry;
}

const dirOwned = (uid: number, mode = 0o755): FsEntry => ({
  kind: 'dir',
  mode,
  uid,
  gid: uid,
  mtime: BASE_TIME,
});

const userFile = (content: string): FsEntry => ({
  kind: 'file',
  content,
  mode: 0o644,
  uid: 1000,
  gid: 1000,
  mtime: BASE_TIME,
});

const BUSYBOX_APPLETS = (
  'arch ash awk base64 basename bc cat chgrp chmod chown chroot cksum clear cmp cp cut date dd df diff ' +
  'dirname dmesg du echo ed egrep env expand expr false fgrep find fold free fuser grep groups gunzip ' +
  'gzip halt head hexdump hostid hostname id install ip ipcalc kill killall less link ln logger login ' +
  'ls lsof md5sum mkdir mkfifo mknod mktemp more mount mv nc netstat nice nl nohup nproc nslookup od ' +
  'passwd paste patch pidof ping ping6 pkill printenv printf ps pwd readlink realpath reboot renice ' +
  'reset rev rm rmdir route sed seq sh sha1sum sha256sum sha512sum sleep sort split stat strings stty ' +
  'su sum sync sysctl tac tail tar tee telnet test time timeout top touch tr traceroute true truncate ' +
  'tty umount uname uniq unlink unzip uptime usleep uudecode uuencode vi watch wc wget which whoami ' +
  'xargs yes zcat'
).split(' ');

/** Debian's and Ubuntu's essential packages (coreutils, bash, dash, grep, sed, findutils, tar…): no ps, no editor. */
const GNU_BINARIES = (
  '[ arch awk b2sum base32 base64 basename bash cat chage chfn chgrp chmod chown chroot chsh cksum ' +
  'clear cmp comm cp csplit cut dash date dd debconf df diff diff3 dir dircolors dirname dpkg ' +
  'dpkg-query du echo egrep env expand expiry expr factor false fgrep find findmnt fmt fold getconf ' +
  'getent gpasswd grep groups gunzip gzip head hostid hostname iconv id infocmp install ionice join ' +
  'ldd link ln locale logger login logname ls lsblk mawk md5sum mkdir mkfifo mknod mktemp more mount ' +
  'mv newgrp nice nl nohup nproc numfmt od passwd paste pathchk perl pinky pr printenv printf ptx pwd ' +
  'rbash readlink realpath reset rgrep rm rmdir runcon sed seq setsid sg sh sha1sum sha224sum ' +
  'sha256sum sha384sum sha512sum shred shuf sleep sort split stat stdbuf stty su sum sync tabs tac ' +
  'tail tar tee tempfile test tic timeout toe touch tput tr true truncate tset tsort tty umount uname ' +
  'unexpand uniq unlink users vdir wc which who whoami xargs yes zcat zcmp zdiff zgrep apt apt-get ' +
  'apt-cache apt-config apt-mark'
).split(' ');

const GNU_SBIN = (
  'adduser addgroup agetty chpasswd deluser groupadd groupdel groupmod ldconfig nologin pam_tally ' +
  'shadowconfig start-stop-daemon useradd userdel usermod'
).split(' ');

function passwd(extra: string[] = []): string {
  return (
    [
      'root:x:0:0:root:/root:/bin/bash',
      'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
      'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
      'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
      'sync:x:4:65534:sync:/bin:/bin/sync',
      'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
      'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
      'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
      'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
      'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
      'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
      'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
      'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
      'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
      'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
      'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
      '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin',
      'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
      ...extra,
    ].join('\n') + '\n'
  );
}

const GROUPS = [
  'root:x:0:',
  'daemon:x:1:',
  'bin:x:2:',
  'sys:x:3:',
  'adm:x:4:',
  'tty:x:5:',
  'disk:x:6:',
  'lp:x:7:',
  'mail:x:8:',
  'news:x:9:',
  'uucp:x:10:',
  'man:x:12:',
  'proxy:x:13:',
  'kmem:x:15:',
  'dialout:x:20:',
  'cdrom:x:24:',
  'sudo:x:27:',
  'audio:x:29:',
  'www-data:x:33:',
  'backup:x:34:',
  'operator:x:37:',
  'list:x:38:',
  'irc:x:39:',
  'src:x:40:',
  'shadow:x:42:',
  'utmp:x:43:',
  'video:x:44:',
  'sasl:x:45:',
  'plugdev:x:46:',
  'staff:x:50:',
  'games:x:60:',
  'users:x:100:',
  'nogroup:x:65534:',
];

const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 is set in /etc/profile, and the default umask is defined
# in /etc/login.defs. You should not need this unless you want different
# defaults for root.
# PS1='\${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
# umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
# export LS_OPTIONS='--color=auto'
# eval "$(dircolors)"
# alias ls='ls $LS_OPTIONS'
# alias ll='ls $LS_OPTIONS -l'
# alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`;

const PROFILE = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`;

/** Directories every Linux root has (mount points included). */
function skeleton(files: FileMap, dirs: string[]): void {
  for (const d of dirs) {
    const mode = d === '/tmp' ? 0o1777 : d === '/root' ? 0o700 : d === '/proc' ? 0o555 : 0o755;
    put(files, d, dirEntry(mode));
  }
}

export interface GnuRelease {
  osRelease: string;
  /** /etc/issue */
  issue: string;
  /** /etc/debian_version */
  debianVersion: string;
  extraPasswd?: string[];
  /** Extra home directories (/home/ubuntu). */
  homes?: string[];
}

/** A GNU/Linux distribution (Debian, Ubuntu) with merged /usr. */
export function gnuRootfs(release: GnuRelease): FileMap {
  const files: FileMap = {};
  skeleton(files, [
    '/boot',
    '/dev',
    '/etc',
    '/home',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/run/lock',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/usr/bin',
    '/usr/games',
    '/usr/include',
    '/usr/lib',
    '/usr/lib64',
    '/usr/libexec',
    '/usr/local',
    '/usr/local/bin',
    '/usr/local/etc',
    '/usr/local/games',
    '/usr/local/include',
    '/usr/local/lib',
    '/usr/local/man',
    '/usr/local/sbin',
    '/usr/local/share',
    '/usr/local/src',
    '/usr/sbin',
    '/usr/share',
    '/usr/share/base-files',
    '/usr/share/common-licenses',
    '/usr/share/doc',
    '/usr/share/info',
    '/usr/share/man',
    '/usr/share/misc',
    '/usr/share/zoneinfo',
    '/usr/src',
    '/var',
    '/var/backups',
    '/var/cache',
    '/var/cache/apt',
    '/var/cache/debconf',
    '/var/lib',
    '/var/lib/apt',
    '/var/lib/dpkg',
    '/var/lib/misc',
    '/var/local',
    '/var/log',
    '/var/log/apt',
    '/var/mail',
    '/var/opt',
    '/var/spool',
    '/var/tmp',
    '/etc/alternatives',
    '/etc/apt',
    '/etc/apt/apt.conf.d',
    '/etc/apt/preferences.d',
    '/etc/apt/sources.list.d',
    '/etc/apt/trusted.gpg.d',
    '/etc/cron.daily',
    '/etc/default',
    '/etc/dpkg',
    '/etc/init.d',
    '/etc/ld.so.conf.d',
    '/etc/logrotate.d',
    '/etc/opt',
    '/etc/pam.d',
    '/etc/profile.d',
    '/etc/security',
    '/etc/selinux',
    '/etc/skel',
    '/etc/systemd',
    '/etc/terminfo',
    '/etc/update-motd.d',
  ]);
  put(files, '/var/tmp', dirEntry(0o1777));
  put(files, '/var/lock', linkEntry('/run/lock'));
  put(files, '/var/run', linkEntry('/run'));
  put(files, '/bin', linkEntry('usr/bin'));
  put(files, '/sbin', linkEntry('usr/sbin'));
  put(files, '/lib', linkEntry('usr/lib'));
  put(files, '/lib64', linkEntry('usr/lib64'));
  for (const b of GNU_BINARIES) put(files, `/usr/bin/${b}`, fileEntry('', 0o755));
  put(files, '/usr/bin/awk', linkEntry('/etc/alternatives/awk'));
  put(files, '/etc/alternatives/awk', linkEntry('/usr/bin/mawk'));
  for (const b of GNU_SBIN) put(files, `/usr/sbin/${b}`, fileEntry('', 0o755));
  put(
    files,
    '/usr/lib64/ld-linux-x86-64.so.2',
    linkEntry('/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
  );
  put(files, '/usr/lib/x86_64-linux-gnu/libc.so.6', fileEntry('', 0o755));
  put(files, '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', fileEntry('', 0o755));
  put(files, '/usr/lib/os-release', fileEntry(release.osRelease));
  put(files, '/etc/os-release', linkEntry('../usr/lib/os-release'));
  put(files, '/etc/issue', fileEntry(release.issue));
  put(files, '/etc/issue.net', fileEntry(release.issue.replace(/ \\n \\l\n\n$/, '\n')));
  put(files, '/etc/debian_version', fileEntry(`${release.debianVersion}\n`));
  put(files, '/etc/passwd', fileEntry(passwd(release.extraPasswd)));
  put(files, '/etc/group', fileEntry(GROUPS.join('\n') + '\n'));
  put(files, '/etc/shadow', fileEntry('root:*:20400:0:99999:7:::\n', 0o640));
  put(files, '/etc/gshadow', fileEntry('root:*::\n', 0o640));
  put(
    files,
    '/etc/shells',
    fileEntry(
      '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n',
    ),
  );
  put(files, '/etc/hostname', fileEntry(''));
  put(files, '/etc/hosts', fileEntry(''));
  put(files, '/etc/resolv.conf', fileEntry(''));
  put(files, '/etc/fstab', fileEntry('# UNCONFIGURED FSTAB FOR BASE SYSTEM\n'));
  put(files, '/etc/host.conf', fileEntry('multi on\n'));
  put(
    files,
    '/etc/nsswitch.conf',
    fileEntry(
      'passwd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\nnetgroup:       nis\n',
    ),
  );
  put(files, '/etc/environment', fileEntry(''));
  put(
    files,
    '/etc/bash.bashrc',
    fileEntry('# System-wide .bashrc file for interactive bash(1) shells.\n'),
  );
  put(
    files,
    '/etc/profile',
    fileEntry(
      '# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))\n# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).\n',
    ),
  );
  put(
    files,
    '/etc/login.defs',
    fileEntry('MAIL_DIR        /var/mail\nUMASK           022\nHOME_MODE       0700\n'),
  );
  put(files, '/etc/ld.so.conf', fileEntry('include /etc/ld.so.conf.d/*.conf\n\n'));
  put(files, '/etc/motd', fileEntry(''));
  put(files, '/etc/apt/sources.list.d/debian.sources', fileEntry(''));
  put(files, '/etc/skel/.bashrc', fileEntry(BASHRC));
  put(files, '/etc/skel/.profile', fileEntry(PROFILE));
  put(
    files,
    '/etc/skel/.bash_logout',
    fileEntry('# ~/.bash_logout: executed by bash(1) when login shell exits.\n'),
  );
  put(files, '/root/.bashrc', fileEntry(BASHRC));
  put(files, '/root/.profile', fileEntry(PROFILE));
  put(
    files,
    '/usr/share/common-licenses/GPL-3',
    fileEntry(
      '                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n',
    ),
  );
  put(
    files,
    '/var/lib/dpkg/status',
    fileEntry('Package: base-files\nStatus: install ok installed\n'),
  );
  for (const home of release.homes ?? []) {
    put(files, `/home/${home}`, dirOwned(1000, 0o750));
    put(files, `/home/${home}/.bashrc`, userFile(BASHRC));
    put(files, `/home/${home}/.profile`, userFile(PROFILE));
  }
  return files;
}

/** BusyBox userland: the busybox image (hard links in /bin) or Alpine (symlinks to /bin/busybox, apk). */
export function busyboxRootfs(osRelease?: string): FileMap {
  const files: FileMap = {};
  const alpine = osRelease !== undefined;
  skeleton(
    files,
    alpine
      ? [
          '/bin',
          '/dev',
          '/etc',
          '/home',
          '/lib',
          '/media',
          '/mnt',
          '/opt',
          '/proc',
          '/root',
          '/run',
          '/sbin',
          '/srv',
          '/sys',
          '/tmp',
          '/usr',
          '/usr/bin',
          '/usr/lib',
          '/usr/local',
          '/usr/local/bin',
          '/usr/sbin',
          '/usr/share',
          '/var',
          '/var/cache',
          '/var/empty',
          '/var/lib',
          '/var/local',
          '/var/lock',
          '/var/log',
          '/var/mail',
          '/var/opt',
          '/var/spool',
          '/var/tmp',
          '/etc/apk',
          '/etc/profile.d',
          '/etc/ssl',
        ]
      : [
          '/bin',
          '/dev',
          '/etc',
          '/home',
          '/lib',
          '/proc',
          '/root',
          '/sys',
          '/tmp',
          '/usr',
          '/usr/sbin',
          '/var',
          '/var/spool',
          '/var/spool/mail',
          '/var/www',
        ],
  );
  put(files, '/bin/busybox', fileEntry('', 0o755));
  for (const a of BUSYBOX_APPLETS) {
    if (a === 'busybox') continue;
    put(files, `/bin/${a}`, alpine ? linkEntry('/bin/busybox') : fileEntry('', 0o755));
  }
  if (!alpine) put(files, '/lib64', linkEntry('lib'));
  put(files, '/lib/ld-musl-x86_64.so.1', fileEntry('', 0o755));
  put(
    files,
    '/etc/passwd',
    fileEntry(
      alpine
        ? 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n'
        : 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    ),
  );
  put(
    files,
    '/etc/group',
    fileEntry(
      'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nusers:x:100:\nnobody:x:65534:\n',
    ),
  );
  put(files, '/etc/shadow', fileEntry('root:*::0:::::\n', 0o640));
  put(files, '/etc/hostname', fileEntry(''));
  put(files, '/etc/hosts', fileEntry(''));
  put(files, '/etc/resolv.conf', fileEntry(''));
  if (alpine) {
    put(files, '/etc/os-release', linkEntry('../usr/lib/os-release'));
    put(files, '/usr/lib/os-release', fileEntry(osRelease));
    put(files, '/etc/alpine-release', fileEntry('3.22.2\n'));
    put(
      files,
      '/etc/issue',
      fileEntry('Welcome to Alpine Linux 3.22\nKernel \\r on \\m (\\l)\n\n'),
    );
    put(
      files,
      '/etc/motd',
      fileEntry(
        'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou may change this message by editing /etc/motd.\n\n',
      ),
    );
    put(
      files,
      '/etc/apk/repositories',
      fileEntry(
        'https://dl-cdn.alpinelinux.org/alpine/v3.22/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.22/community\n',
      ),
    );
    put(
      files,
      '/etc/apk/world',
      fileEntry('alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nmusl-utils\n'),
    );
    put(
      files,
      '/etc/profile',
      fileEntry('export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n'),
    );
    put(files, '/etc/shells', fileEntry('# valid login shells\n/bin/sh\n/bin/ash\n'));
    put(files, '/sbin/apk', fileEntry('', 0o755));
    for (const a of [
      'env',
      'which',
      'less',
      'wget',
      'nc',
      'tr',
      'wc',
      'sort',
      'head',
      'tail',
      'id',
      'whoami',
      'free',
      'uptime',
      'top',
    ])
      put(files, `/usr/bin/${a}`, linkEntry('/bin/busybox'));
  }
  return files;
}

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** nginx's welcome page as the official image ships it (615 bytes). */
export const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_50X_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/** /etc/nginx/conf.d/default.conf as the nginx package ships it (the entrypoint checks it before editing it). */
export const NGINX_DEFAULT_CONF_IMAGE = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}
`;

const FASTCGI_PARAMS = `
fastcgi_param  QUERY_STRING       $query_string;
fastcgi_param  REQUEST_METHOD     $request_method;
fastcgi_param  CONTENT_TYPE       $content_type;
fastcgi_param  CONTENT_LENGTH     $content_length;

fastcgi_param  SCRIPT_NAME        $fastcgi_script_name;
fastcgi_param  REQUEST_URI        $request_uri;
fastcgi_param  DOCUMENT_URI       $document_uri;
fastcgi_param  DOCUMENT_ROOT      $document_root;
fastcgi_param  SERVER_PROTOCOL    $server_protocol;
fastcgi_param  REQUEST_SCHEME     $scheme;
fastcgi_param  HTTPS              $https if_not_empty;

fastcgi_param  GATEWAY_INTERFACE  CGI/1.1;
fastcgi_param  SERVER_SOFTWARE    nginx/$nginx_version;

fastcgi_param  REMOTE_ADDR        $remote_addr;
fastcgi_param  REMOTE_PORT        $remote_port;
fastcgi_param  SERVER_ADDR        $server_addr;
fastcgi_param  SERVER_PORT        $server_port;
fastcgi_param  SERVER_NAME        $server_name;

# PHP only, required if PHP was built with --enable-force-cgi-redirect
fastcgi_param  REDIRECT_STATUS    200;
`;

const MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    application/atom+xml                             atom;
    application/rss+xml                              rss;

    text/mathml                                      mml;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/webp                                       webp;
    image/x-icon                                     ico;
    application/json                                 json;
    application/pdf                                  pdf;
    application/zip                                  zip;
    audio/mpeg                                       mp3;
    video/mp4                                        mp4;
}
`;

/** nginx's packages layer: binaries, /etc/nginx, the web root, logs linked to the container's output. */
export function nginxFiles(): FileMap {
  const files: FileMap = {};
  put(files, '/usr/sbin/nginx', fileEntry('', 0o755));
  put(files, '/usr/sbin/nginx-debug', fileEntry('', 0o755));
  put(files, '/usr/bin/curl', fileEntry('', 0o755));
  put(files, '/usr/bin/envsubst', fileEntry('', 0o755));
  put(files, '/usr/bin/gpg', fileEntry('', 0o755));
  put(files, '/usr/bin/njs', fileEntry('', 0o755));
  put(files, '/usr/lib/nginx/modules/ngx_http_js_module.so', fileEntry('', 0o644));
  put(files, '/usr/lib/nginx/modules/ngx_stream_js_module.so', fileEntry('', 0o644));
  put(files, '/etc/nginx/nginx.conf', fileEntry(NGINX_CONF));
  put(files, '/etc/nginx/conf.d/default.conf', fileEntry(NGINX_DEFAULT_CONF_IMAGE));
  put(files, '/etc/nginx/fastcgi_params', fileEntry(FASTCGI_PARAMS));
  put(
    files,
    '/etc/nginx/fastcgi.conf',
    fileEntry(
      FASTCGI_PARAMS.replace(
        '\n',
        '\nfastcgi_param  SCRIPT_FILENAME    $document_root$fastcgi_script_name;\n',
      ),
    ),
  );
  put(files, '/etc/nginx/mime.types', fileEntry(MIME_TYPES));
  put(
    files,
    '/etc/nginx/scgi_params',
    fileEntry(
      '\nscgi_param  REQUEST_METHOD     $request_method;\nscgi_param  REQUEST_URI        $request_uri;\nscgi_param  QUERY_STRING       $query_string;\nscgi_param  CONTENT_TYPE       $content_type;\n',
    ),
  );
  put(
    files,
    '/etc/nginx/uwsgi_params',
    fileEntry(
      '\nuwsgi_param  QUERY_STRING       $query_string;\nuwsgi_param  REQUEST_METHOD     $request_method;\nuwsgi_param  CONTENT_TYPE       $content_type;\nuwsgi_param  CONTENT_LENGTH     $content_length;\n',
    ),
  );
  put(files, '/etc/nginx/koi-utf', fileEntry('\n# This map is not a full koi8-r <> utf8 map.\n'));
  put(files, '/etc/nginx/koi-win', fileEntry('\ncharset_map  koi8-r  windows-1251 {\n'));
  put(
    files,
    '/etc/nginx/win-utf',
    fileEntry('\n# This map is not a full windows-1251 <> utf8 map.\n'),
  );
  put(files, '/etc/nginx/modules', linkEntry('/usr/lib/nginx/modules'));
  put(files, '/usr/share/nginx/html/index.html', fileEntry(NGINX_INDEX_HTML));
  put(files, '/usr/share/nginx/html/50x.html', fileEntry(NGINX_50X_HTML));
  put(files, '/var/cache/nginx', dirEntry());
  put(files, '/var/log/nginx', dirEntry());
  put(files, '/var/log/nginx/access.log', linkEntry('/dev/stdout'));
  put(files, '/var/log/nginx/error.log', linkEntry('/dev/stderr'));
  put(files, '/docker-entrypoint.d', dirEntry());
  return files;
}

const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Sourcing $f";
                        . "$f"
                    else
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Launching $f";
                        "$f"
                    else
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

/** One of the nginx image's `COPY` layers. */
export function nginxCopyFiles(path: string): () => FileMap {
  return () => {
    const files: FileMap = {};
    const content =
      path === '/docker-entrypoint.sh'
        ? ENTRYPOINT
        : `#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nME=$(basename "$0")\n`;
    put(files, path, fileEntry(content, 0o775));
    return files;
  };
}

export function redisFiles(): FileMap {
  const files: FileMap = {};
  put(files, '/usr/local/bin/redis-server', fileEntry('', 0o755));
  put(files, '/usr/local/bin/redis-cli', fileEntry('', 0o755));
  put(files, '/usr/local/bin/redis-benchmark', fileEntry('', 0o755));
  put(files, '/usr/local/bin/redis-check-aof', linkEntry('redis-server'));
  put(files, '/usr/local/bin/redis-check-rdb', linkEntry('redis-server'));
  put(files, '/usr/local/bin/redis-sentinel', linkEntry('redis-server'));
  put(files, '/usr/local/bin/gosu', fileEntry('', 0o755));
  return files;
}

export function redisEntrypointFiles(): FileMap {
  const files: FileMap = {};
  put(
    files,
    '/usr/local/bin/docker-entrypoint.sh',
    fileEntry(
      '#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n# or first arg is `something.conf`\nif [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then\n\tset -- redis-server "$@"\nfi\n\nexec "$@"\n',
      0o755,
    ),
  );
  return files;
}

export function redisDataFiles(): FileMap {
  const files: FileMap = {};
  put(files, '/data', dirOwned(999));
  return files;
}

export function helloFiles(): FileMap {
  return { '/hello': fileEntry('', 0o775) };
}
