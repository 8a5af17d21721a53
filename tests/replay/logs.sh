# Chapitre 3.2 — les logs des conteneurs : stdout et stderr de l'application deviennent « docker logs ».
docker run -d --name bavard busybox sh -c 'i=1; while [ $i -le 5 ]; do echo "ligne $i"; echo "erreur $i" >&2; i=$((i+1)); sleep 1; done'
sleep 6
# Les deux flux, dans l'ordre où ils ont été écrits :
docker logs bavard
# Les 2 dernières lignes, tous flux confondus :
docker logs --tail 2 bavard
# Avec l'horodatage de chaque ligne :
docker logs -t --tail 3 bavard
# Seulement ce qui a été écrit ces 3 dernières secondes :
docker logs --since 3s bavard
# Un conteneur qui écrit l'heure chaque seconde, pour toujours :
docker run -d --name horloge busybox sh -c 'while true; do date; sleep 1; done'
sleep 3
docker logs horloge
# Suivre le journal en direct (-f), puis Ctrl-C :
docker logs -f --tail 1 horloge
sleep 3
^C
# Le conteneur tourne toujours ; on l'arrête (sh en PID 1 ignore SIGTERM : SIGKILL après 10 s).
docker stop horloge
docker ps -a --format '{{.Names}}: {{.Status}}'
docker rm bavard horloge
