// The « Travaux pratiques » module: one exercise per page, from hello-world to two containers talking.
import type { Exercise } from './types.ts';

const TP = 'travaux-pratiques';

export const practiceExercises: Exercise[] = [
  {
    id: 'tp-hello-world',
    title: 'Votre premier conteneur',
    page: `${TP}/01-premier-conteneur`,
    statement:
      'Lancez le conteneur de démonstration `hello-world` : il affiche un message de bienvenue puis s’arrête. Retrouvez-le ensuite dans la liste de tous les conteneurs, y compris ceux qui sont arrêtés.',
    fixture: [],
    checks: [
      {
        id: 'bonjour',
        label: 'Un conteneur `hello-world` a tourné et s’est terminé normalement',
        check: { kind: 'exited-by-itself', match: { image: 'hello-world' }, exitCode: 0 },
        hints: [
          '`docker run hello-world` : Docker crée le conteneur, le démarre et affiche sa sortie.',
        ],
      },
      {
        id: 'liste',
        label: 'Il a été retrouvé dans `docker ps -a`',
        check: { kind: 'command', verbs: ['ps'], flags: [['-a', '--all']] },
        hints: ['`docker ps` seul ne montre que les conteneurs en marche : ajoutez `-a`.'],
      },
    ],
    solution: ['docker run hello-world', 'docker ps -a'],
    alternatives: [['docker container run hello-world', 'docker container ls --all']],
    success:
      'Le conteneur a fait son travail (afficher un texte) puis s’est arrêté : `Exited (0)`. Il existe toujours, arrêté, jusqu’à ce que vous le supprimiez avec `docker rm`.',
  },
  {
    id: 'tp-serveur-web',
    title: 'Un serveur web en une commande',
    page: `${TP}/02-serveur-web`,
    statement:
      'Démarrez un serveur nginx nommé `site`, en arrière-plan, joignable sur le port 8080 de la machine. Vérifiez qu’il répond avec `curl`, puis retrouvez votre requête dans ses logs.',
    fixture: [],
    checks: [
      {
        id: 'site',
        label: '`site` tourne et publie 8080 → 80',
        check: {
          kind: 'container',
          match: {
            name: 'site',
            image: 'nginx',
            status: ['running'],
            publishes: { host: 8080, container: 80 },
          },
        },
        hints: [
          '`-d` lance en arrière-plan, `--name` nomme le conteneur, `-p 8080:80` publie le port.',
        ],
      },
      {
        id: 'requete',
        label: '`site` a répondu à une requête',
        check: { kind: 'request-served', match: { name: 'site' }, from: 'host' },
        hints: ['`curl localhost:8080` affiche la page d’accueil de nginx.'],
      },
      {
        id: 'logs',
        label: 'Ses logs ont été consultés',
        check: { kind: 'command', verbs: ['logs'], target: { name: 'site' } },
        hints: ['`docker logs site` : la dernière ligne est votre requête (GET /).'],
      },
    ],
    solution: [
      'docker run -d --name site -p 8080:80 nginx',
      'curl localhost:8080',
      'docker logs site',
    ],
    alternatives: [
      [
        'docker create --name site -p 8080:80 nginx',
        'docker start site',
        'curl -s http://localhost:8080 | grep title',
        'docker logs --tail 1 site',
      ],
    ],
    success:
      'Votre serveur tourne dans un conteneur et répond sur le port 8080 de la machine. Chaque requête laisse une ligne dans le journal d’accès de nginx, que `docker logs` affiche.',
  },
  {
    id: 'tp-shell-interactif',
    title: 'Entrer dans un conteneur',
    page: `${TP}/03-shell-interactif`,
    statement:
      'Ouvrez un shell dans un nouveau conteneur `ubuntu` nommé `atelier` (`docker run -it`), créez-y le fichier `/notes.txt`, puis quittez avec `exit`. Le conteneur est alors arrêté, pas supprimé : redémarrez-le et vérifiez avec `docker exec` que `/notes.txt` est toujours là.',
    fixture: [],
    checks: [
      {
        id: 'fichier',
        label: '`/notes.txt` existe dans `atelier`',
        check: { kind: 'file-in-container', match: { name: 'atelier' }, path: '/notes.txt' },
        hints: [
          '`docker run -it --name atelier ubuntu bash`, puis dans le conteneur `touch /notes.txt`.',
        ],
      },
      {
        id: 'arrete',
        label: '`atelier` s’est arrêté à la sortie du shell',
        check: { kind: 'exited-by-itself', match: { name: 'atelier' } },
        hints: ['`exit` termine bash, le processus principal : le conteneur s’arrête.'],
      },
      {
        id: 'relance',
        label: '`atelier` tourne de nouveau',
        check: { kind: 'container', match: { name: 'atelier', status: ['running'] } },
        hints: ['`docker start atelier` redémarre le même conteneur, avec sa couche en écriture.'],
      },
      {
        id: 'verifie',
        label: '`/notes.txt` a été retrouvé avec `docker exec`',
        check: {
          kind: 'command',
          verbs: ['exec'],
          target: { name: 'atelier' },
          contains: ['notes.txt'],
        },
        hints: ['`docker exec atelier ls -l /notes.txt`.'],
      },
    ],
    solution: [
      'docker run -it --name atelier ubuntu bash',
      'touch /notes.txt',
      'exit',
      'docker start atelier',
      'docker exec atelier ls -l /notes.txt',
    ],
    alternatives: [
      [
        'docker run -it --name atelier ubuntu',
        'echo "à relire" > /notes.txt',
        'exit',
        'docker container start atelier',
        'docker exec atelier cat /notes.txt',
      ],
    ],
    success:
      'Arrêter un conteneur ne l’efface pas : sa couche en écriture, avec `/notes.txt`, reste là jusqu’au `docker rm`. C’est la suppression qui fait tout disparaître.',
  },
  {
    id: 'tp-nettoyage',
    title: 'Faire le ménage',
    page: `${TP}/04-menage`,
    statement:
      'Cette machine a servi à des essais : plusieurs conteneurs `ubuntu` et `alpine` traînent, arrêtés ou non. Supprimez-les tous, sans toucher au serveur `prod` (nginx), qui doit continuer de tourner.',
    fixture: [
      'docker run -d --name prod -p 8080:80 nginx',
      'docker run --name essai-1 ubuntu echo un',
      'docker run --name essai-2 ubuntu echo deux',
      'docker run -d --name essai-3 ubuntu sleep 86400',
      'docker create --name brouillon alpine',
    ],
    checks: [
      {
        id: 'ubuntu',
        label: 'Plus aucun conteneur `ubuntu`',
        check: { kind: 'no-container', match: { image: 'ubuntu' } },
        hints: [
          '`docker ps -a` les liste. Un conteneur qui tourne refuse `docker rm` : arrêtez-le d’abord, ou utilisez `docker rm -f`.',
        ],
      },
      {
        id: 'alpine',
        label: 'Plus aucun conteneur `alpine`',
        check: { kind: 'no-container', match: { image: 'alpine' } },
        hints: ['Un conteneur seulement créé (Created) se supprime aussi avec `docker rm`.'],
      },
      {
        id: 'prod',
        label: '`prod` tourne toujours',
        check: { kind: 'container', match: { name: 'prod', status: ['running'] } },
        hints: ['Si vous l’avez arrêté, `docker start prod` le relance.'],
      },
    ],
    solution: ['docker ps -a', 'docker rm essai-1 essai-2 brouillon', 'docker rm -f essai-3'],
    alternatives: [
      [
        'docker rm -f $(docker ps -aq --filter ancestor=ubuntu)',
        'docker rm brouillon',
        'docker ps -a',
      ],
      ['docker rm -f essai-1 essai-2 essai-3 brouillon'],
    ],
    success:
      'Seul `prod` reste. `docker rm -f` arrête et supprime d’un coup ; `docker container prune` supprime tous les conteneurs arrêtés — pratique, mais à manier en sachant ce qu’il emporte.',
  },
  {
    id: 'tp-volume',
    title: 'Garder ses données avec un volume',
    page: `${TP}/05-volume`,
    statement:
      'Créez un volume `notes`. Depuis un conteneur `alpine` qui monte ce volume sur `/data`, écrivez un fichier `/data/journal.txt`, puis supprimez ce conteneur (ou lancez-le avec `--rm`). Enfin, relisez le fichier depuis un nouveau conteneur qui monte le même volume, avec `cat`.',
    fixture: [],
    checks: [
      {
        id: 'volume',
        label: 'Le volume `notes` existe',
        check: { kind: 'volume-file', volume: 'notes' },
        hints: ['`docker volume create notes`.'],
      },
      {
        id: 'ecrit',
        label: '`journal.txt` est dans le volume',
        check: { kind: 'volume-file', volume: 'notes', path: '/journal.txt' },
        hints: [
          "`docker run --rm -v notes:/data alpine sh -c 'echo bonjour > /data/journal.txt'`.",
        ],
      },
      {
        id: 'aucun',
        label: 'Aucun conteneur `alpine` ne reste',
        check: { kind: 'no-container', match: { image: 'alpine' } },
        hints: ['`docker rm` le conteneur qui a écrit, ou lancez-le avec `--rm`.'],
      },
      {
        id: 'relu',
        label: 'Le fichier a été relu depuis un autre conteneur',
        check: {
          kind: 'command',
          verbs: ['run'],
          contains: ['notes', 'cat', 'journal.txt'],
        },
        hints: ['`docker run --rm -v notes:/data alpine cat /data/journal.txt`.'],
      },
    ],
    solution: [
      'docker volume create notes',
      "docker run --rm -v notes:/data alpine sh -c 'echo bonjour > /data/journal.txt'",
      'docker run --rm -v notes:/data alpine cat /data/journal.txt',
    ],
    alternatives: [
      [
        "docker run --name ecrivain -v notes:/data alpine sh -c 'date > /data/journal.txt'",
        'docker rm ecrivain',
        'docker run --rm --mount source=notes,target=/data alpine cat /data/journal.txt',
      ],
    ],
    success:
      'Le conteneur qui a écrit a disparu, le fichier est resté : il vivait dans le volume, pas dans la couche en écriture du conteneur. C’est ainsi qu’on rend des données persistantes (chapitre 6).',
  },
  {
    id: 'tp-deux-conteneurs',
    title: 'Deux conteneurs qui se parlent',
    page: `${TP}/06-deux-conteneurs`,
    statement:
      'Créez un réseau `app-net`, puis lancez-y un serveur nginx nommé `api`. Depuis un second conteneur (`alpine` ou `busybox`) branché sur le même réseau, appelez `http://api` avec `wget -qO-` : sur un réseau créé par vous, Docker résout les noms des conteneurs.',
    fixture: [],
    checks: [
      {
        id: 'reseau',
        label: 'Le réseau `app-net` existe',
        check: { kind: 'network', name: 'app-net' },
        hints: ['`docker network create app-net`.'],
      },
      {
        id: 'api',
        label: '`api` tourne sur `app-net`',
        check: {
          kind: 'container',
          match: { name: 'api', image: 'nginx', status: ['running'], network: 'app-net' },
        },
        hints: ['`docker run -d --name api --network app-net nginx`.'],
      },
      {
        id: 'appel',
        label: '`api` a répondu à un autre conteneur',
        check: { kind: 'request-served', match: { name: 'api' }, from: 'container' },
        hints: ['`docker run --rm --network app-net alpine wget -qO- http://api`.'],
      },
    ],
    solution: [
      'docker network create app-net',
      'docker run -d --name api --network app-net nginx',
      'docker run --rm --network app-net alpine wget -qO- http://api',
    ],
    alternatives: [
      [
        'docker network create app-net',
        'docker run -d --network app-net --name api nginx',
        'docker run -it --rm --network app-net busybox sh',
        'wget -qO- http://api',
        'exit',
      ],
    ],
    success:
      'Le second conteneur a joint `api` par son nom : le DNS intégré de Docker répond sur les réseaux créés par l’utilisateur. Dans `docker logs api`, la requête vient de l’adresse du client sur `app-net`, pas de la machine.',
  },
];
