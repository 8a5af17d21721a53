# Chapitre 3.2 : la couche en écriture d'un conteneur disparaît avec lui.
docker run -it ubuntu bash
touch test.txt
ls
exit
docker ps -a --format '{{.Image}} {{.Status}}'
docker rm $(docker ps -aq)
# Un nouveau conteneur repart de l'image : test.txt n'y est pas.
docker run -it ubuntu bash
ls test.txt
exit
