# Chapitre 3.2 : l'anatomie d'un conteneur, des couches de l'image à la couche R/W.
# Les images partagent leurs couches : redis et nginx reposent sur la même base Debian.
docker rmi redis
docker pull redis | cat
# Les couches de l'image nginx, en lecture seule (la plus récente en haut).
docker history nginx
# Un conteneur ajoute une couche en lecture/écriture par-dessus.
docker run -d --name web nginx
docker exec web sh -c 'echo bonjour > /usr/share/nginx/html/bonjour.html'
docker exec web rm /usr/share/nginx/html/50x.html
docker diff web
docker exec web ls /usr/share/nginx/html
# Supprimer le conteneur supprime sa couche : un nouveau conteneur repart de l'image.
docker rm -f web
docker run -d --name web2 nginx
docker diff web2
docker exec web2 ls /usr/share/nginx/html
