// The interface's French strings, in one flat catalogue, and `t()` to read them with {variables}.

export const fr = {
  'site.titre': 'Cours Docker interactif',
  'site.description':
    'Un cours de Docker en français, à lire en ligne et à pratiquer dans un terminal émulé dans le navigateur.',
  'nav.sommaire': 'Sommaire',
  'nav.retour-sommaire': 'Retour au Sommaire',
  'nav.pagination': 'Pages précédente et suivante',
  'nav.suivant-bientot': 'Suivant : {titre} — bientôt disponible',
  'lien.bientot': ' (bientôt disponible)',
  'cours.erreur-sans-titre':
    "Le fichier de cours « {fichier} » n'a pas de titre. Ajoutez une ligne de titre de niveau 1, qui commence par « # » suivi d'une espace, par exemple « # 3.3 Registres Docker », avant le texte du chapitre (ou un champ « title » dans un en-tête YAML en haut du fichier).",
  'cours.avertissement-lien-absent':
    '{fichier} : le lien vers « {cible} » mène à une page qui n’existe pas encore ; il est affiché comme texte suivi de « (bientôt disponible) ».',
  'sommaire.aucun-module': 'Aucun chapitre n’est encore disponible.',
  'sommaire.sections': '{nombre} sections',
  'sommaire.section': '1 section',
  'cli.notSimulated.command': 'docker {command} : cette commande n’est pas simulée dans ce cours.',
  'cli.notSimulated.flag': 'docker {command} : l’option {flag} n’est pas simulée dans ce cours.',
  'cli.notSimulated.globalFlag':
    'docker : l’option globale {flag} n’est pas simulée ici (il n’y a qu’un seul moteur Docker, local).',
  'cli.notSimulated.pull':
    'docker : le téléchargement (pull) de l’image « {image} » n’est pas encore simulé dans ce cours.',
  'cli.help.unavailable': 'docker {command} : l’aide de cette commande n’est pas disponible ici.',
  'cli.error.containerLimit':
    'Limite atteinte : ce terminal d’exercice accepte au plus {max} conteneurs. Supprimez-en avec « docker rm » (ou « docker container prune ») avant d’en créer d’autres.',
  'cli.error.invalidSnapshot': 'État du moteur illisible : {reason}.',
  'cli.error.internal':
    'docker : erreur interne du simulateur ({message}). Votre état est conservé.',
  'engine.notice.programNotSimulated':
    '(simulateur) « {detail} » existe dans cette image mais son exécution n’est pas encore simulée ; le conteneur s’arrête avec le code 0.',
  'engine.notice.scriptRanAtOnce':
    '(simulateur) ce script dépasse ce que le simulateur exécute pas à pas : il a tourné d’un seul coup, hors du temps simulé, et sa sortie arrive en une fois.',
  'cli.logs.truncated':
    '(simulateur) les {dropped} premières lignes de ce journal ont été effacées : le simulateur garde au plus {max} lignes par conteneur.',
  'cli.follow.notHere':
    '(simulateur) « {command} » ne peut pas suivre la sortie ici (tube, redirection ou substitution) : ce qui existait est affiché. Pour suivre en direct, tapez la commande seule sur sa ligne.',
  'cli.top.psOptions':
    '(simulateur) docker top : ces options de ps ne sont pas simulées ({options}). Essayez sans option, ou avec « -o pid,user,comm,args ».',
  'engine.notice.shellMemoryCap':
    '(simulateur) les variables de ce shell dépassent {detail} Mo, le plus que ce simulateur garde pour un processus : il est tué comme le ferait le noyau à court de mémoire (code 137).',
  'engine.notice.scriptNotSimulated':
    '(simulateur) ce script shell dépasse ce que le simulateur interprète pour l’instant : « {detail} ».',
  'container.fs.fileTooLarge':
    '{path} : fichier trop gros pour ce simulateur (16 Mo au plus par fichier dans un conteneur).',
  'container.fs.layerFull':
    '{path} : la couche en écriture de ce conteneur est pleine (64 Mo au plus dans ce simulateur). Supprimez des fichiers ou recréez le conteneur.',
  'container.programNotSimulated':
    '(simulateur) « {program} » existe dans cette image, mais ce programme n’est pas simulé dans les shells des conteneurs de ce cours.',
  'cli.cp.tarStdout':
    'docker cp : les archives tar sur l’entrée ou la sortie standard (« - ») ne sont pas simulées dans ce cours.',
  'cli.cp.noHost': 'docker cp : le système de fichiers de l’hôte n’est pas disponible ici.',
  'cli.exec.unavailable':
    'docker exec : aucun shell de conteneur n’est disponible dans ce contexte (le simulateur n’en fournit que dans le terminal du cours).',
  'terminal.titre': 'Terminal',
  'terminal.region': 'Terminal Docker émulé, machine « {machine} »',
  'terminal.demarrage': 'Le terminal démarre quand il apparaît à l’écran…',
  'terminal.sans-js':
    'Ce terminal a besoin de JavaScript pour fonctionner. Les commandes du cours restent lisibles dans le texte.',
  'terminal.erreur':
    'Le terminal n’a pas pu démarrer. Rechargez la page ; si le problème persiste, utilisez le bouton « Réinitialiser ».',
  'terminal.aide-clavier':
    'Tapez « aide » pour la liste des commandes. Pour quitter le terminal au clavier : Échap puis Tab.',
  'terminal.reinitialiser': 'Réinitialiser',
  'terminal.confirmer.titre': 'Réinitialiser ce terminal ?',
  'terminal.confirmer.texte':
    'La machine « {machine} » revient à son état de départ : ses conteneurs, ses fichiers et tout ce que vous y avez fait seront effacés. L’historique des commandes est conservé.',
  'terminal.confirmer.oui': 'Réinitialiser',
  'terminal.confirmer.non': 'Annuler',
  'terminal.touches': 'Touches du terminal',
  'terminal.touche.tab': 'Tab',
  'terminal.touche.tab-nom': 'Tabulation (compléter)',
  'terminal.touche.ctrl-c': 'Ctrl+C',
  'terminal.touche.ctrl-c-nom': 'Ctrl+C (interrompre)',
  'terminal.touche.haut-nom': 'Commande précédente',
  'terminal.touche.bas-nom': 'Commande suivante',
  'terminal.touche.suggestion': 'Écrire « {commande} »',
  'terminal.xterm.saisie': 'Saisie du terminal',
  'terminal.xterm.trop':
    'Trop de texte à annoncer : parcourez les lignes du terminal pour le lire.',
  'terminal.exit':
    'exit : ce terminal fait partie de la page et ne peut pas se fermer. Pour le quitter au clavier, appuyez sur Échap puis Tab ; pour repartir de zéro, utilisez le bouton « Réinitialiser ».',
  'terminal.notice.reinitialise': 'Machine réinitialisée : elle est revenue à son état de départ.',
  'terminal.notice.reinitialise-ailleurs':
    'Cette machine a été réinitialisée depuis un autre onglet : elle est revenue à son état de départ.',
  'terminal.notice.sans-sauvegarde':
    'Ce navigateur n’enregistre pas l’état de ce terminal : il repartira de zéro au prochain chargement.',
  'terminal.notice.ancien':
    'L’état enregistré de ce terminal venait d’une version précédente du cours : la machine repart de son état de départ.',
  'terminal.notice.restauree':
    'L’état enregistré de ce terminal a été retrouvé : la machine reprend où vous l’aviez laissée.',
  'terminal.notice.illisible':
    'L’état enregistré de ce terminal était illisible : la machine repart de son état de départ.',
  'terminal.annonce.aucune-sortie': 'Commande terminée, sans affichage.',
  'terminal.annonce.efface': 'Écran effacé.',
  'terminal.annonce.aide': 'Aide affichée dans le terminal : parcourez ses lignes pour la lire.',
  'terminal.annonce.tronquee': '(suite dans les lignes du terminal)',
  // Exercises: how the checklist names containers, and what is missing for an unmet check.
  'exercice.cible.nom': '« {nom} »',
  'exercice.cible.image': 'un conteneur de l’image {image}',
  'exercice.cible.un': 'un conteneur',
  'exercice.diag.arrete':
    'Le conteneur « {nom} » existe mais il est arrêté : démarrez-le (docker start {nom}).',
  'exercice.diag.pas-demarre':
    'Le conteneur « {nom} » existe mais il n’a pas encore démarré (état created) : docker start {nom}.',
  'exercice.diag.en-pause':
    'Le conteneur « {nom} » existe mais il est en pause : docker unpause {nom}.',
  'exercice.diag.pas-en-pause': 'Le conteneur « {nom} » tourne, mais il n’est pas en pause.',
  'exercice.diag.tourne-encore': 'Le conteneur « {nom} » tourne encore : il doit être arrêté.',
  'exercice.diag.etat': 'Le conteneur « {nom} » est dans l’état {etat} ; attendu : {attendu}.',
  'exercice.diag.mauvaise-image':
    'Le conteneur « {nom} » a été créé depuis l’image {image}, pas depuis {attendue} : supprimez-le et recréez-le.',
  'exercice.diag.port':
    'Le conteneur « {nom} » ne publie pas le port {hote} de l’hôte vers son port {port}. Les ports publiés se choisissent à la création : supprimez-le puis recréez-le avec -p {hote}:{port}.',
  'exercice.diag.memoire':
    'Le conteneur « {nom} » n’a pas la limite de mémoire attendue ({taille}) : elle se fixe avec --memory.',
  'exercice.diag.cpus':
    'Le conteneur « {nom} » n’a pas la limite de processeur attendue ({cpus} CPU) : elle se fixe avec --cpus.',
  'exercice.diag.reseau-absent': 'Le conteneur « {nom} » n’est pas branché sur le réseau {reseau}.',
  'exercice.diag.nom-choisi':
    'Le nom « {nom} » a été choisi par vous : lancez un conteneur sans --name pour que Docker en génère un.',
  'exercice.diag.nom-absent': 'Aucun conteneur ne s’appelle « {nom} » pour l’instant.',
  'exercice.diag.nombre': '{trouves} sur {voulus} : il manque encore {cible}.',
  'exercice.diag.image-absente': 'Aucun conteneur de l’image {image} n’existe pour l’instant.',
  'exercice.diag.aucun': 'Aucun conteneur ne correspond encore à ce qui est demandé.',
  'exercice.diag.reste': 'Il reste {cible} : {noms}.',
  'exercice.diag.commande-reussie':
    '« {commande} » a réussi, alors qu’on attend ici de voir son message d’erreur.',
  'exercice.diag.commande-echec':
    '« {commande} » a échoué : relisez le message d’erreur et réessayez.',
  'exercice.diag.commande-mots': '« {commande} » a été lancée, mais pas avec {mots}.',
  'exercice.diag.commande-option': '« {commande} » a été lancée, mais sans l’option {options}.',
  'exercice.diag.commande-cible': '« {commande} » a été lancée, mais pas sur {cible}.',
  'exercice.diag.commande-a-lancer-sur': 'Il reste à lancer « {commande} » sur {cible}.',
  'exercice.diag.commande-a-lancer': 'Il reste à lancer « {commande} ».',
  'exercice.diag.rien-arrete': 'Aucun conteneur n’a encore été arrêté parmi {cible}.',
  'exercice.diag.requete-apres':
    'Depuis l’arrêt, {cible} n’a encore répondu à aucune requête : interrogez un conteneur qui tourne avec curl.',
  'exercice.diag.requete-conteneur':
    '{cible} n’a encore reçu aucune requête venant d’un autre conteneur.',
  'exercice.diag.requete':
    '{cible} n’a encore reçu aucune requête : interrogez le port publié avec curl.',
  'exercice.diag.fichier-a-creer':
    'Aucun fichier {fichier} n’a encore été créé dans un conteneur de l’image {image}.',
  'exercice.diag.fichier-conteneur-a-supprimer':
    'Le fichier {fichier} a été créé dans « {nom} », qui existe encore : supprimez ce conteneur.',
  'exercice.diag.nouveau-conteneur':
    'Le conteneur a bien été supprimé : lancez maintenant un nouveau conteneur depuis l’image {image}.',
  'exercice.diag.fichier-a-chercher':
    'Un nouveau conteneur (« {nom} ») existe : cherchez-y le fichier {fichier}, par exemple avec ls.',
  'exercice.diag.etats': 'États pas encore vus dans docker ps -a : {etats}.',
  'exercice.diag.pas-sorti':
    'Aucun conteneur parmi {cible} ne s’est encore arrêté de lui-même : lancez-en un dont la commande se termine.',
  'exercice.diag.fichier-absent':
    'Le fichier {fichier} n’existe dans la couche en écriture d’aucun conteneur parmi {cible}.',
  'exercice.diag.reseau-inexistant': 'Le réseau {reseau} n’existe pas encore.',
  'exercice.diag.volume-inexistant': 'Le volume {volume} n’existe pas encore.',
  'exercice.diag.volume-vide': 'Le volume {volume} existe, mais ne contient pas encore {fichier}.',
  // Progress import/export and click-to-run code blocks.
  'progression.import.illisible':
    'Import refusé : ce fichier n’est pas du JSON. Choisissez le fichier téléchargé avec « Exporter ma progression ». Votre progression n’a pas changé.',
  'progression.import.etranger':
    'Import refusé : ce fichier n’est pas une progression de ce cours. Votre progression n’a pas changé.',
  'progression.import.invalide':
    'Import refusé : ce fichier de progression est abîmé ou vient d’une version du cours que ce site ne sait pas lire. Votre progression n’a pas changé.',
  'extrait.executer': '▶ Exécuter',
  'extrait.executer-nom': 'Exécuter « {commande} » dans le terminal de la page',
  'extrait.note': 'se lance dans le terminal de la page',
  // The <Exercise> component.
  'exercice.titre': 'Exercice',
  'exercice.objectifs': 'Objectifs',
  'exercice.deja-reussi': '✓ Déjà réussi',
  'exercice.indice.titre': 'Où en êtes-vous ?',
  'exercice.indice.plus': 'Un indice',
  'exercice.reussi': 'Exercice réussi !',
  'exercice.pour-pratiquer': 'Pour aller plus loin, en travaux pratiques :',
  'exercice.actions': 'Actions de l’exercice',
  'exercice.annuler': 'Annuler',
  'exercice.retablir': 'Rétablir',
  'exercice.reinitialiser': 'Réinitialiser',
  'exercice.solution.voir': 'Voir la solution',
  'exercice.solution.titre': 'Solution',
  'exercice.solution.autre': 'Une autre façon d’y arriver :',
  'exercice.solution.ctrl-c': '(appuyez sur Ctrl-C)',
  'exercice.solution.confirmer': 'Afficher la solution ?',
  'exercice.solution.confirmer-texte':
    'Chercher un peu plus vous fera mieux retenir : l’indice au-dessus du terminal dit ce qui manque. La solution reste disponible à tout moment.',
  'exercice.solution.non': 'Continuer à chercher',
  'exercice.solution.oui': 'Afficher la solution',
  'exercice.annonce.annule': 'Commande annulée : la machine est revenue à l’état précédent.',
  'exercice.annonce.retabli': 'Commande rétablie.',
  'exercice.annonce.reussi': 'Exercice « {titre} » réussi !',
  'exercice.annonce.objectif': 'Objectif atteint :',
  // Progress: sidebar badges, the summary, export and import.
  'progression.badge-sr': 'exercices réussis',
  'progression.badge-fini': '✓',
  'progression.titre': 'Votre progression',
  'progression.texte':
    'Vos exercices réussis sont enregistrés dans ce navigateur, sans compte ni serveur. Pour les retrouver ailleurs, exportez-les dans un fichier puis importez-le sur l’autre navigateur.',
  'progression.ligne': '{fait} / {total} exercices réussis',
  'progression.exporter': 'Exporter ma progression',
  'progression.importer': 'Importer une progression',
  'progression.export.ok': 'Progression exportée dans le fichier « {fichier} ».',
  'progression.import.ok':
    'Progression importée : {nombre} exercice(s) lu(s), rien de ce qui était déjà réussi n’a été perdu.',
} as const;

export type FrKey = keyof typeof fr;

/** The French text for `key`, with each `{name}` replaced by `vars[name]`. */
export function t(key: FrKey, vars: Record<string, string | number> = {}): string {
  return fr[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
