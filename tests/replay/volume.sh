# Chapitre 4 — les données d'un volume survivent aux conteneurs qui l'utilisent.
docker volume create mesdonnees
docker volume ls
docker run --rm -v mesdonnees:/data busybox sh -c 'echo bonjour > /data/message.txt'
# Le premier conteneur a disparu (--rm) ; un autre lit le fichier :
docker run --rm -v mesdonnees:/data busybox cat /data/message.txt
# Un volume utilisé ne peut pas être supprimé :
docker run -d --name utilisateur -v mesdonnees:/data busybox sleep 3600
docker volume rm mesdonnees
docker rm -f utilisateur
# Toujours là après la suppression du conteneur :
docker run --rm -v mesdonnees:/data alpine cat /data/message.txt
docker volume rm mesdonnees
docker volume ls
