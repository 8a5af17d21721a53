# Premiers pas : un conteneur nginx, son cycle de vie, un tube et une substitution.
docker run -d --name web -p 8080:80 nginx
docker ps
sleep 5
docker stop web
docker ps -a --format '{{.Names}} {{.Status}}'
docker run -d --name dormeur busybox sleep 3600
docker stop dormeur
docker ps -aq | wc -l
echo "conteneurs : $(docker ps -aq | wc -l)"
mkdir projet && cd projet
docker logs web
^C
docker rm -f $(docker ps -aq)
