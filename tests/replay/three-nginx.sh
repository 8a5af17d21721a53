# Chapitre 4 — trois nginx depuis la même image : 8080, 8081, et un troisième pour les tests (port choisi par Docker).
docker run -d --name web1 -p 8080:80 nginx
docker run -d --name web2 -p 8081:80 nginx
docker run -d --name test -P nginx
docker ps --format '{{.Names}}\t{{.Ports}}'
docker port test
# Chaque port publié répond avec la page d'accueil de nginx :
curl -s http://localhost:8080 | head -4
curl -s http://localhost:8081 | grep title
curl -sI http://localhost:32768
# Une page absente donne la 404 de nginx :
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:8080/absente.html
# Chaque requête laisse une ligne dans le journal du conteneur (client 172.17.0.1, la passerelle) :
docker logs web1 2>/dev/null | tail -2
# On tue web2 : les deux autres répondent toujours.
docker kill web2
curl http://localhost:8081
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:8080
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:32768
docker ps -a --format '{{.Names}}: {{.Status}}'
