# Chapitre 3.2 — les états d'un conteneur : créé, en cours, en pause, de nouveau en cours, arrêté, supprimé.
# CRÉATION → CREATED : le conteneur existe, aucun processus ne tourne.
docker create --name cycle nginx
sleep 2
docker ps -a --filter name=cycle
# start → RUNNING : le processus principal (nginx) démarre.
docker start cycle
sleep 3
docker ps -a --filter name=cycle
# pause → PAUSED : les processus sont figés mais restent en mémoire.
docker pause cycle
docker ps -a --filter name=cycle
# unpause → RUNNING à nouveau.
sleep 5
docker unpause cycle
docker ps -a --filter name=cycle
# stop → EXITED : nginx reçoit son signal d'arrêt et se termine proprement (code 0).
docker stop cycle
sleep 2
docker ps -a --filter name=cycle
# Les logs restent disponibles tant que le conteneur existe.
docker logs --tail 3 cycle
# restart depuis l'état arrêté, puis arrêt de nouveau.
docker start cycle
docker stop cycle
# crash → EXITED avec un code d'erreur : le processus principal s'est terminé en échec.
docker run --name crash busybox sh -c 'echo "plantage imminent" >&2; exit 3'
docker ps -a --filter name=crash
# REMOVED : suppression définitive.
docker rm cycle crash
docker ps -a
