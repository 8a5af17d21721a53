# Chapitre 4 — limiter la mémoire et le processeur d'un conteneur.
docker run -d --name limite --memory 256m --cpus 0.5 nginx
docker inspect --format 'Memory={{.HostConfig.Memory}} NanoCpus={{.HostConfig.NanoCpus}}' limite
docker stats --no-stream limite
# Une boucle qui ne dort jamais prend toute la part de processeur qu'on lui laisse :
docker run -d --name boucle --cpus 0.5 busybox sh -c 'while true; do :; done'
sleep 2
docker stats --no-stream --format 'table {{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}'
# Les limites se changent à chaud :
docker update --memory 512m --memory-swap 1g --cpus 1 limite
docker inspect --format 'Memory={{.HostConfig.Memory}} NanoCpus={{.HostConfig.NanoCpus}}' limite
docker stats --no-stream --format 'table {{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}' limite
docker rm -f limite boucle
