// The exercises of chapter 3.2 (Conteneurs Docker), in the order of the chapter.
import type { Exercise } from './types.ts';

export const CHAPTER_PAGE = '03-concepts-fondamentaux/02-conteneurs-docker';

export const chapterExercises: Exercise[] = [
  {
    id: 'une-image-plusieurs-conteneurs',
    title: 'Une image, plusieurs conteneurs',
    page: CHAPTER_PAGE,
    statement:
      'Depuis la seule image `nginx`, lancez trois conteneurs indépendants, en arrière-plan (`-d`) : `conteneur-web-1` qui publie le port 8080 de la machine vers le port 80 du conteneur, `conteneur-web-2` sur le port 8081, et `conteneur-web-test` sans port publié.\n\nAffichez ensuite les conteneurs qui tournent.',
    fixture: [],
    checks: [
      {
        id: 'web-1',
        label: '`conteneur-web-1` tourne et publie 8080 → 80',
        check: {
          kind: 'container',
          match: {
            name: 'conteneur-web-1',
            image: 'nginx',
            status: ['running'],
            publishes: { host: 8080, container: 80 },
          },
        },
        hints: [
          '`docker run -d --name NOM -p PORT_HÔTE:PORT_CONTENEUR IMAGE` crée et démarre un conteneur nommé.',
        ],
      },
      {
        id: 'web-2',
        label: '`conteneur-web-2` tourne et publie 8081 → 80',
        check: {
          kind: 'container',
          match: {
            name: 'conteneur-web-2',
            image: 'nginx',
            status: ['running'],
            publishes: { host: 8081, container: 80 },
          },
        },
        hints: ['Même commande que pour le premier, avec un autre nom et le port 8081 de l’hôte.'],
      },
      {
        id: 'web-test',
        label: '`conteneur-web-test` tourne, depuis la même image',
        check: {
          kind: 'container',
          match: { name: 'conteneur-web-test', image: 'nginx', status: ['running'] },
        },
        hints: [
          'Sans `-p`, le conteneur tourne mais n’est joignable depuis l’hôte sur aucun port.',
        ],
      },
      {
        id: 'ps',
        label: 'La liste des conteneurs a été affichée (`docker ps`)',
        check: { kind: 'command', verbs: ['ps'] },
        hints: [
          '`docker ps` liste les conteneurs qui tournent ; `-a` ajoute ceux qui sont arrêtés.',
        ],
      },
    ],
    solution: [
      'docker run -d --name conteneur-web-1 -p 8080:80 nginx',
      'docker run -d --name conteneur-web-2 -p 8081:80 nginx',
      'docker run -d --name conteneur-web-test nginx',
      'docker ps',
    ],
    alternatives: [
      [
        'docker create --name conteneur-web-1 -p 8080:80 nginx',
        'docker create --name conteneur-web-2 -p 8081:80 nginx:latest',
        'docker create --name conteneur-web-test nginx',
        'docker start conteneur-web-1 conteneur-web-2 conteneur-web-test',
        'docker container ls',
      ],
    ],
    success:
      'Trois conteneurs tournent depuis une seule image : chacun a son identifiant, son nom, ses ports et son état propres. L’image nginx, elle, n’a pas bougé : `docker images` la montre une seule fois.',
    seeAlso: ['tp-hello-world'],
  },
  {
    id: 'isolation',
    title: 'Isolation : un conteneur tombe, les autres servent',
    page: CHAPTER_PAGE,
    statement:
      'Trois serveurs nginx tournent déjà : `web-1` (port 8080), `web-2` (port 8081) et `web-3` (port 8082). Simulez une panne en tuant `web-1` avec `docker kill`, vérifiez que les deux autres tournent toujours, puis interrogez l’un d’eux avec `curl`.',
    fixture: [
      'docker run -d --name web-1 -p 8080:80 nginx',
      'docker run -d --name web-2 -p 8081:80 nginx',
      'docker run -d --name web-3 -p 8082:80 nginx',
    ],
    checks: [
      {
        id: 'panne',
        label: '`web-1` est arrêté',
        check: { kind: 'container', match: { name: 'web-1', status: ['exited'] } },
        hints: ['`docker kill web-1` arrête brutalement son processus principal.'],
      },
      {
        id: 'survivants',
        label: 'Les deux autres conteneurs nginx tournent toujours',
        check: { kind: 'container', count: 2, match: { image: 'nginx', status: ['running'] } },
        hints: ['Vérifiez avec `docker ps` : `web-2` et `web-3` doivent y figurer.'],
      },
      {
        id: 'service',
        label: 'Un conteneur encore en marche a répondu à une requête après la panne',
        check: {
          kind: 'request-served',
          match: { image: 'nginx', status: ['running'] },
          from: 'host',
          afterStopOf: { name: 'web-1' },
        },
        hints: ['`curl localhost:8081` interroge `web-2` par son port publié.'],
      },
    ],
    solution: ['docker kill web-1', 'docker ps', 'curl localhost:8081'],
    alternatives: [['docker stop web-1', 'curl -s http://localhost:8082/ | head -n 4']],
    success:
      'La panne de `web-1` n’a rien changé pour `web-2` et `web-3` : chaque conteneur a ses propres processus et sa propre interface réseau. `docker ps -a` montre `web-1` en `Exited (137)` : 137 = 128 + 9, le signal SIGKILL envoyé par `docker kill`.',
  },
  {
    id: 'ephemere',
    title: 'Éphémérité : le fichier test.txt',
    page: CHAPTER_PAGE,
    statement:
      'Refaites l’exemple du chapitre pas à pas : lancez un conteneur `ubuntu` interactif (`docker run -it ubuntu bash`), créez-y un fichier `test.txt` à la racine, quittez-le avec `exit` et supprimez-le. Lancez ensuite un nouveau conteneur depuis la même image et cherchez-y `test.txt`.',
    fixture: [],
    checks: [
      {
        id: 'ecrit',
        label: 'Un fichier `test.txt` a été créé dans un conteneur ubuntu',
        check: { kind: 'ephemeral-file', image: 'ubuntu', path: '/test.txt', stage: 'written' },
        hints: [
          'Dans le shell du conteneur (invite `root@…:/#`), `touch test.txt` crée un fichier vide.',
        ],
      },
      {
        id: 'supprime',
        label: 'Ce conteneur a été supprimé',
        check: { kind: 'ephemeral-file', image: 'ubuntu', path: '/test.txt', stage: 'removed' },
        hints: [
          'Quittez le shell avec `exit` (le conteneur s’arrête), puis `docker rm` suivi de son nom ou de son identifiant (`docker ps -a` les affiche).',
        ],
      },
      {
        id: 'nouveau',
        label: 'Un nouveau conteneur a été lancé depuis la même image',
        check: {
          kind: 'ephemeral-file',
          image: 'ubuntu',
          path: '/test.txt',
          stage: 'new-container',
        },
        hints: ['`docker run -it ubuntu bash` une seconde fois crée un tout nouveau conteneur.'],
      },
      {
        id: 'introuvable',
        label: 'Dans ce nouveau conteneur, `test.txt` a été cherché… en vain',
        check: { kind: 'ephemeral-file', image: 'ubuntu', path: '/test.txt' },
        hints: ['`ls test.txt` dans le nouveau conteneur répond que le fichier n’existe pas.'],
      },
    ],
    solution: [
      'docker run -it --name essai ubuntu bash',
      'touch test.txt',
      'ls',
      'exit',
      'docker rm essai',
      'docker run -it --name essai-2 ubuntu bash',
      'ls test.txt',
      'exit',
    ],
    alternatives: [
      [
        'docker run --name premier ubuntu touch /test.txt',
        'docker rm premier',
        'docker run --rm ubuntu ls /test.txt',
      ],
    ],
    success:
      'Le nouveau conteneur est reparti de l’image, qui n’a jamais contenu `test.txt` : le fichier vivait dans la couche en écriture du premier conteneur, supprimée avec lui. Pour garder des données, il faudra un volume (chapitre 6).',
    seeAlso: ['tp-volume'],
  },
  {
    id: 'etats',
    title: 'Le cycle de vie, état par état',
    page: CHAPTER_PAGE,
    statement:
      'Faites passer un conteneur nommé `cycle` (image `nginx`) par tous les états du schéma, et regardez chaque état avec `docker ps -a` : créé sans le démarrer (`docker create`), démarré, mis en pause, relancé, arrêté, puis supprimé.\n\nDans la colonne STATUS, Docker affiche l’état « STOPPED » du schéma sous la forme `Exited (0)` : un conteneur arrêté est un conteneur sorti, avec son code de sortie.',
    fixture: [],
    checks: [
      {
        id: 'created',
        label: 'État created vu dans `docker ps -a`',
        check: { kind: 'states-seen', match: { name: 'cycle' }, states: ['created'] },
        hints: ['`docker create --name cycle nginx` crée le conteneur sans le démarrer.'],
      },
      {
        id: 'running',
        label: 'État running vu',
        check: { kind: 'states-seen', match: { name: 'cycle' }, states: ['running'] },
        hints: ['`docker start cycle` le démarre.'],
      },
      {
        id: 'paused',
        label: 'État paused vu',
        check: { kind: 'states-seen', match: { name: 'cycle' }, states: ['paused'] },
        hints: ['`docker pause cycle` fige ses processus ; STATUS affiche alors `(Paused)`.'],
      },
      {
        id: 'repris',
        label: 'Conteneur sorti de pause (`docker unpause`)',
        check: { kind: 'command', verbs: ['unpause'], target: { name: 'cycle' } },
        hints: ['`docker unpause cycle` remet ses processus en marche.'],
      },
      {
        id: 'exited',
        label: 'État exited vu',
        check: { kind: 'states-seen', match: { name: 'cycle' }, states: ['exited'] },
        hints: ['`docker stop cycle` l’arrête proprement ; STATUS affiche `Exited (0)`.'],
      },
      {
        id: 'removed',
        label: 'Conteneur supprimé, et absent de `docker ps -a`',
        check: { kind: 'states-seen', match: { name: 'cycle' }, states: ['removed'] },
        hints: ['`docker rm cycle`, puis `docker ps -a` une dernière fois.'],
      },
    ],
    solution: [
      'docker create --name cycle nginx',
      'docker ps -a',
      'docker start cycle',
      'docker ps -a',
      'docker pause cycle',
      'docker ps -a',
      'docker unpause cycle',
      'docker stop cycle',
      'docker ps -a',
      'docker rm cycle',
      'docker ps -a',
    ],
    alternatives: [
      [
        'docker container create --name cycle nginx',
        'docker container ls --all',
        'docker container start cycle',
        'docker ps',
        'docker container pause cycle',
        'docker ps',
        'docker container unpause cycle',
        'docker kill cycle',
        'docker ps -a',
        'docker container rm cycle',
        'docker ps -a',
      ],
    ],
    success:
      'Vous avez vu les six états : Created, Up, Up (Paused), de nouveau Up, Exited, puis plus rien. « STOPPED » et « EXITED » du schéma sont le même état pour Docker : `Exited (0)` après un arrêt propre, un autre code après une erreur ou un `docker kill` (`Exited (137)`).',
    seeAlso: ['tp-nettoyage'],
  },
  {
    id: 'couche-rw',
    title: 'La couche en lecture/écriture',
    page: CHAPTER_PAGE,
    statement:
      'Un conteneur `calque` (image `ubuntu`) tourne déjà. Créez-y le fichier `/notes.txt` (par exemple avec `docker exec`), puis comparez : `docker diff calque` montre la couche en écriture du conteneur, `docker history ubuntu` les couches en lecture seule de l’image.',
    fixture: ['docker run -d --name calque ubuntu sleep 86400'],
    checks: [
      {
        id: 'fichier',
        label: '`/notes.txt` existe dans la couche en écriture de `calque`',
        check: { kind: 'file-in-container', match: { name: 'calque' }, path: '/notes.txt' },
        hints: ['`docker exec calque touch /notes.txt` lance `touch` dans le conteneur.'],
      },
      {
        id: 'diff',
        label: '`docker diff` a montré les modifications de `calque`',
        check: { kind: 'command', verbs: ['diff'], target: { name: 'calque' } },
        hints: ['Dans sa sortie, `A` signale un ajout, `C` une modification, `D` une suppression.'],
      },
      {
        id: 'history',
        label: '`docker history` a montré les couches de l’image',
        check: { kind: 'command', verbs: ['history'], contains: ['ubuntu'] },
        hints: ['`docker history ubuntu` liste les couches de l’image, la plus récente en haut.'],
      },
    ],
    solution: [
      'docker exec calque touch /notes.txt',
      'docker diff calque',
      'docker history ubuntu',
    ],
    alternatives: [
      [
        'docker exec -it calque bash',
        'echo "mes notes" > /notes.txt',
        'exit',
        'docker container diff calque',
        'docker image history ubuntu:24.04',
      ],
    ],
    success:
      '`docker diff` ne montre que ce que le conteneur a changé (`A /notes.txt`) : c’est sa couche en lecture/écriture. Les couches de l’image, listées par `docker history`, n’ont pas bougé : elles sont en lecture seule et partagées par tous les conteneurs de l’image.',
  },
  {
    id: 'processus',
    title: 'Processus : un conteneur vit avec son processus principal',
    page: CHAPTER_PAGE,
    statement:
      'Un serveur `web` (nginx) tourne déjà. Affichez ses processus avec `docker top` : le processus principal (le maître nginx) et ses processus de travail.\n\nLancez ensuite un conteneur `ubuntu` dont le processus principal est `echo bonjour`, et constatez avec `docker ps -a` qu’il s’arrête dès que ce processus se termine.',
    fixture: ['docker run -d --name web nginx'],
    checks: [
      {
        id: 'top',
        label: 'Les processus de `web` ont été affichés',
        check: { kind: 'command', verbs: ['top'], target: { name: 'web' } },
        hints: ['`docker top web` liste les processus du conteneur, vus depuis l’hôte.'],
      },
      {
        id: 'fin',
        label: 'Un conteneur s’est arrêté de lui-même, à la fin de son processus principal',
        check: { kind: 'exited-by-itself', match: { image: 'ubuntu' }, exitCode: 0 },
        hints: ['`docker run ubuntu echo bonjour` affiche « bonjour » puis le conteneur s’arrête.'],
      },
      {
        id: 'ps',
        label: 'Son état a été vérifié avec `docker ps -a`',
        check: { kind: 'command', verbs: ['ps'], flags: [['-a', '--all']] },
        hints: ['Sans `-a`, `docker ps` ne montre pas les conteneurs arrêtés.'],
      },
    ],
    solution: ['docker top web', 'docker run --name court ubuntu echo bonjour', 'docker ps -a'],
    alternatives: [
      ['docker container top web', 'docker run ubuntu true', 'docker container ls --all'],
    ],
    success:
      'Le conteneur `ubuntu` est `Exited (0)` : son processus principal a fini son travail, alors le conteneur s’est arrêté. `web`, lui, tourne tant que son maître nginx (PID 1 dans le conteneur) tourne.',
    seeAlso: ['tp-shell-interactif'],
  },
  {
    id: 'reseau',
    title: 'Réseau : une adresse privée, un port publié',
    page: CHAPTER_PAGE,
    statement:
      'Lancez un conteneur `web` (image `nginx`) qui publie le port 8080 de la machine vers son port 80. Retrouvez son adresse IP privée avec `docker inspect`, puis appelez le serveur depuis la machine avec `curl localhost:8080`.',
    fixture: [],
    checks: [
      {
        id: 'web',
        label: '`web` tourne et publie 8080 → 80',
        check: {
          kind: 'container',
          match: {
            name: 'web',
            image: 'nginx',
            status: ['running'],
            publishes: { host: 8080, container: 80 },
          },
        },
        hints: ['`docker run -d --name web -p 8080:80 nginx`.'],
      },
      {
        id: 'ip',
        label: 'Sa configuration réseau a été inspectée',
        check: { kind: 'command', verbs: ['inspect'], target: { name: 'web' } },
        hints: [
          "`docker inspect web` affiche tout ; `docker inspect -f '{{.NetworkSettings.IPAddress}}' web` seulement l’adresse.",
        ],
      },
      {
        id: 'curl',
        label: '`web` a répondu à une requête venue de la machine',
        check: { kind: 'request-served', match: { name: 'web' }, from: 'host' },
        hints: ['`curl localhost:8080` passe par le port publié.'],
      },
    ],
    solution: [
      'docker run -d --name web -p 8080:80 nginx',
      "docker inspect -f '{{.NetworkSettings.IPAddress}}' web",
      'curl localhost:8080',
    ],
    alternatives: [
      [
        'docker run -d -p 8080:80 --name web nginx',
        'docker container inspect web | grep IPAddress',
        'curl -s http://localhost:8080/ | head -n 4',
      ],
    ],
    success:
      'Le conteneur a sa propre adresse (172.17.0.x sur le réseau bridge par défaut), invisible de l’extérieur ; c’est le port publié 8080 qui fait le lien. Dans `docker logs web`, la requête vient de 172.17.0.1 : la passerelle du réseau, côté machine.',
    seeAlso: ['tp-deux-conteneurs'],
  },
  {
    id: 'noms',
    title: 'Identifiants et noms',
    page: CHAPTER_PAGE,
    statement:
      'Lancez un conteneur `nginx` sans lui donner de nom et repérez le nom que Docker a généré dans `docker ps`. Lancez-en un autre nommé `web-server`, puis essayez d’en créer un second avec le même nom : lisez l’erreur de conflit.',
    fixture: [],
    checks: [
      {
        id: 'genere',
        label: 'Un conteneur porte un nom généré par Docker',
        check: { kind: 'container', match: { image: 'nginx', generatedName: true } },
        hints: ['Sans `--name`, Docker assemble un adjectif et le nom d’un scientifique.'],
      },
      {
        id: 'nomme',
        label: 'Un conteneur s’appelle `web-server`',
        check: { kind: 'container', match: { name: 'web-server' } },
        hints: ['`docker run -d --name web-server nginx`.'],
      },
      {
        id: 'conflit',
        label: 'Le conflit de noms a été rencontré',
        check: {
          kind: 'command',
          verbs: ['run', 'create'],
          flags: [['--name']],
          contains: ['web-server'],
          outcome: 'failure',
        },
        hints: ['Relancez exactement la même commande `docker run -d --name web-server nginx`.'],
      },
    ],
    solution: [
      'docker run -d nginx',
      'docker ps',
      'docker run -d --name web-server nginx',
      'docker run -d --name web-server nginx',
    ],
    alternatives: [
      [
        'docker create nginx',
        'docker ps -a',
        'docker create --name=web-server nginx',
        'docker create --name web-server ubuntu',
      ],
    ],
    success:
      'Un nom est unique sur une machine : le second `--name web-server` est refusé (« Conflict. The container name "/web-server" is already in use »). Le nom généré et l’identifiant court (12 caractères) désignent aussi bien un conteneur dans toutes les commandes.',
    seeAlso: ['tp-serveur-web'],
  },
  {
    id: 'ressources',
    title: 'Limiter la mémoire et le processeur',
    page: CHAPTER_PAGE,
    statement:
      'Lancez un conteneur `limite` (image `nginx`) limité à 256 Mo de mémoire (`--memory 256m`) et à un demi-processeur (`--cpus 0.5`). Observez la limite de mémoire dans `docker stats --no-stream`, puis retrouvez les deux limites avec `docker inspect`.',
    fixture: [],
    checks: [
      {
        id: 'limites',
        label: '`limite` tourne avec 256 Mo et 0,5 CPU',
        check: {
          kind: 'container',
          match: { name: 'limite', status: ['running'], memory: 268435456, nanoCpus: 500000000 },
        },
        hints: ['`docker run -d --name limite --memory 256m --cpus 0.5 nginx`.'],
      },
      {
        id: 'stats',
        label: '`docker stats` a montré sa consommation',
        check: { kind: 'command', verbs: ['stats'], outcome: 'any' },
        hints: ['`--no-stream` affiche une seule mesure au lieu d’un tableau qui se met à jour.'],
      },
      {
        id: 'inspect',
        label: 'Ses limites ont été lues avec `docker inspect`',
        check: { kind: 'command', verbs: ['inspect'], target: { name: 'limite' } },
        hints: [
          "Elles sont dans HostConfig : `docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}' limite`.",
        ],
      },
    ],
    solution: [
      'docker run -d --name limite --memory 256m --cpus 0.5 nginx',
      'docker stats --no-stream limite',
      "docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}' limite",
    ],
    alternatives: [
      [
        'docker run -d --name limite -m 256m --cpus=0.5 nginx',
        'docker stats --no-stream',
        'docker container inspect limite',
      ],
    ],
    success:
      'La colonne MEM USAGE / LIMIT affiche 256MiB au lieu de toute la mémoire de la machine ; `inspect` donne 268435456 octets et 500000000 nano-CPU. Ce sont les cgroups du noyau qui font respecter ces limites.',
  },
  {
    id: 'logs',
    title: 'Lire les logs d’un conteneur',
    page: CHAPTER_PAGE,
    statement:
      'Le serveur `web` tourne et a déjà reçu deux requêtes. Affichez tous ses logs, puis seulement les 3 dernières lignes (`--tail`), puis suivez-les en direct avec `-f` et arrêtez le suivi avec Ctrl-C.',
    fixture: [
      'docker run -d --name web -p 8080:80 nginx',
      'curl -s localhost:8080',
      'curl -s localhost:8080/absent',
    ],
    checks: [
      {
        id: 'logs',
        label: 'Les logs de `web` ont été affichés',
        check: { kind: 'command', verbs: ['logs'], target: { name: 'web' } },
        hints: ['`docker logs web` affiche ce que nginx a écrit sur stdout et stderr.'],
      },
      {
        id: 'tail',
        label: 'Seulement les dernières lignes (`--tail`)',
        check: {
          kind: 'command',
          verbs: ['logs'],
          target: { name: 'web' },
          flags: [['--tail', '-n']],
        },
        hints: ['`docker logs --tail 3 web`.'],
      },
      {
        id: 'suivi',
        label: 'Les logs ont été suivis en direct (`-f`)',
        check: {
          kind: 'command',
          verbs: ['logs'],
          target: { name: 'web' },
          flags: [['-f', '--follow']],
          outcome: 'any',
        },
        hints: ['`docker logs -f web` attend les nouvelles lignes ; Ctrl-C rend la main.'],
      },
    ],
    solution: ['docker logs web', 'docker logs --tail 3 web', 'docker logs -f web', '^C'],
    alternatives: [
      [
        'docker container logs web',
        'docker logs -n 2 web',
        'docker logs --follow --tail 1 web',
        '^C',
      ],
    ],
    success:
      'Docker garde tout ce que le processus écrit sur stdout (les requêtes, dans le journal d’accès de nginx) et stderr (ses messages, dont l’erreur 404). `--tail` limite l’affichage, `-f` le suit en continu.',
  },
  {
    id: 'metadonnees',
    title: 'Métadonnées : docker inspect --format',
    page: CHAPTER_PAGE,
    statement:
      'Le conteneur `web` tourne. Avec `docker inspect --format` (ou `-f`), affichez seulement son état (`{{.State.Status}}`), puis seulement l’image dont il vient (`{{.Config.Image}}`).',
    fixture: ['docker run -d --name web nginx'],
    checks: [
      {
        id: 'etat',
        label: 'Son état a été extrait avec un format',
        check: {
          kind: 'command',
          verbs: ['inspect'],
          target: { name: 'web' },
          flags: [['-f', '--format']],
          contains: ['.State.Status'],
        },
        hints: ["`docker inspect --format '{{.State.Status}}' web`."],
      },
      {
        id: 'image',
        label: 'Son image a été extraite avec un format',
        check: {
          kind: 'command',
          verbs: ['inspect'],
          target: { name: 'web' },
          flags: [['-f', '--format']],
          contains: ['.Config.Image'],
        },
        hints: ["`docker inspect -f '{{.Config.Image}}' web`."],
      },
    ],
    solution: [
      "docker inspect --format '{{.State.Status}}' web",
      "docker inspect --format '{{.Config.Image}}' web",
    ],
    alternatives: [["docker container inspect -f '{{ .State.Status }} {{ .Config.Image }}' web"]],
    success:
      '`inspect` rend toutes les métadonnées en JSON ; `--format` en extrait des champs avec un modèle Go. Les mêmes chemins servent dans les scripts : `.State.StartedAt`, `.NetworkSettings.IPAddress`, `.HostConfig.Memory`…',
  },
];
