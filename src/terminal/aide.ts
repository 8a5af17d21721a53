// The text of `aide`: what this terminal emulates, in French, with examples (loaded when first asked for).
import { COMMANDS } from '../cli/registry.ts';

/** The docker commands this course emulates, by their usual name (`ps`, `run`, `container prune`…). */
export function emulatedDockerCommands(): string[] {
  const names = new Set<string>();
  for (const spec of COMMANDS) {
    if (spec.emulated === false) continue;
    const short = spec.aliases.find((alias) => alias.length === 1);
    names.add((short ?? spec.path).join(' '));
  }
  return [...names].sort();
}

/** Wraps a list of words into lines of at most `width` characters, indented. */
function wrapWords(words: string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    const piece = line === indent ? word : `, ${word}`;
    if (line.length + piece.length > width && line !== indent) {
      lines.push(line + ',');
      line = indent + word;
    } else line += piece;
  }
  lines.push(line);
  return lines.join('\n');
}

const B = '\x1b[1m';
const N = '\x1b[0m';

export function helpText(): string {
  return `${B}Aide du terminal du cours${N}
Ce terminal simule une machine Linux (utilisateur « apprenant ») où Docker est
installé. Tout se passe dans votre navigateur : rien n'est téléchargé ni envoyé,
et Docker répond en anglais, avec ses propres messages, comme le vrai.

${B}Commandes docker simulées${N}
${wrapWords(emulatedDockerCommands(), 78, '  ')}
Les autres commandes et options de Docker répondent qu'elles ne sont pas
simulées ici. « docker --help » et « docker COMMANDE --help » affichent l'aide
officielle de Docker.

${B}Exemples${N}
  docker run hello-world                     premier conteneur
  docker run -d --name web -p 8080:80 nginx  un serveur web en arrière-plan
  docker ps        puis   docker ps -a       conteneurs actifs, puis tous
  docker stop web  puis   docker rm web      arrêter puis supprimer
  docker run -it ubuntu bash                 un shell dans un conteneur
                                             (exit pour revenir ici)
  docker ps -q | wc -l                       les tubes fonctionnent
  docker inspect $(docker ps -lq)            et les substitutions aussi

${B}Le shell de la machine${N}
  ls, cd, cat, echo, grep, wc, touch, mkdir, sleep… : un bash simulé, avec
  variables, tubes, redirections et $(…).

${B}Commandes propres à ce terminal${N}
  aide       cette aide
  clear      efface l'écran (Ctrl+L aussi)
  history    les commandes déjà tapées (history -c les oublie)
  exit       ce terminal ne se ferme pas : il fait partie de la page

${B}Clavier${N}
  ↑ ↓                  commandes précédentes et suivantes
  Tab                  complète commandes, options, noms de conteneurs,
                       d'images, de volumes, de réseaux et chemins de fichiers
  Ctrl+C               interrompt la commande en cours
  Ctrl+A, Ctrl+E       début, fin de la ligne (Début et Fin aussi)
  Ctrl+K, Ctrl+U       efface jusqu'à la fin, jusqu'au début de la ligne
  Alt+Retour arrière   efface le mot précédent
  Ctrl+P puis Ctrl+Q   se détache d'un conteneur (docker run -it, attach)
  Ctrl+D               quitte le shell d'un conteneur (ligne vide)
  Ctrl+Maj+C, Ctrl+Maj+V   copier la sélection, coller (ou clic droit)
  Échap puis Tab       sort du terminal pour continuer au clavier dans la page

L'état de la machine (conteneurs, fichiers, historique) est enregistré dans ce
navigateur. Le bouton « Réinitialiser » remet la machine à son état de départ.
`;
}
