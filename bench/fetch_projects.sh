#!/usr/bin/env bash
# Download and unpack the well-kept projects bench/noise.py measures, pinned, into DEST/src.
# Only from the package registries (PyPI sdists carry tests and docs; npm tarballs; Debian's
# golang-*-dev packages ship Go sources). Nothing here is committed to the repository.
set -euo pipefail
# With --holdout2, the second held-back set (chosen 2026-12-07) instead of the first thirteen;
# with --holdout3, the third (chosen 2026-12-07 before the noise pass i15e, never opened while tuning);
# with --holdout4, the fourth (chosen 2026-12-07, fourth session, before any of its work);
# with --holdout5, the fifth (chosen 2026-12-07, fourth session, before its second noise pass i15g);
# with --holdout6, the sixth (chosen 2026-12-07, fifth session, before any of its work);
# with --holdout7, the seventh (chosen 2026-12-07, fifth session, before its second noise pass);
# with --holdout8, the eighth (chosen 2026-12-07, fifth session, before its third noise pass);
# with --holdout9, the ninth (chosen 2026-12-07, sixth session, before any of its work);
# with --holdout10, the tenth (chosen 2026-12-07, sixth session, before its second noise pass);
# with --holdout11, the eleventh (chosen 2026-12-07, seventh session, before any of its work).
# with --holdout12, the twelfth (chosen 2026-12-07, eighth session, before any of its work).
# with --holdout13, the thirteenth (chosen 2026-12-07 22:40 UTC, ninth session, before any of its work).
dest=${1:?usage: fetch_projects.sh DEST [--holdout2|--holdout3|--holdout4|--holdout5|--holdout6|--holdout7|--holdout8|--holdout9|--holdout10|--holdout11|--holdout12|--holdout13]}
mkdir -p "$dest/dl" "$dest/src"
cd "$dest/dl"
if [ "${2:-}" = "--holdout13" ]; then
  for spec in flask-security==5.9.2 social-auth-app-django==8.0.0 django-anymail==15.2 mozilla-django-oidc==5.0.2; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in express-openid-connect@3.4.0 @koa/router@15.7.0 passport-google-oauth20@2.0.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-dgrijalva-jwt-go-dev=3.2.0-4 \
    golang-github-duo-labs-webauthn-dev=0.0~git20220815.00c9fb5-1 2>/dev/null
elif [ "${2:-}" = "--holdout12" ]; then
  for spec in djangorestframework-simplejwt==5.5.1 django-rest-knox==5.1.0 fastapi-users==15.0.5 django-two-factor-auth==1.18.1; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in passport-oauth2@1.8.0 express-basic-auth@1.2.1 @fastify/cookie@11.1.5; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-abbot-go-http-auth-dev=0.4.0-5 \
    golang-github-pquerna-otp-dev=1.3.0-1 2>/dev/null
elif [ "${2:-}" = "--holdout11" ]; then
  for spec in flask-talisman==1.1.0 django-otp==1.7.5 python-jose==3.5.0 django-allauth==65.22.1; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in koa-session@7.0.2 lusca@1.7.0 passport-local@1.0.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-casbin-casbin-dev=2.60.0-1 \
    golang-github-markbates-goth-dev=1.42.0-9 2>/dev/null
elif [ "${2:-}" = "--holdout10" ]; then
  for spec in django-guardian==3.5.2 bleach==6.4.0 webauthn==3.0.1 django-csp==4.0; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in express-jwt@8.5.1 csrf-csrf@4.0.3 oauth2orize@1.12.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-appleboy-gin-jwt-dev=2.6.4-2 \
    golang-github-goji-httpauth-dev=0.0~git20160601.2da839a-3 2>/dev/null
elif [ "${2:-}" = "--holdout9" ]; then
  for spec in flask-jwt-extended==4.7.4 waitress==3.0.2 django-oauth-toolkit==3.4.1 cachelib==0.17.0; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in sanitize-html@2.18.2 jwks-rsa@4.1.0 connect-redis@9.0.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-golang-x-oauth2-dev=0.3.0-1 \
    golang-github-coreos-go-oidc-dev=2.1.0-2 2>/dev/null
elif [ "${2:-}" = "--holdout8" ]; then
  for spec in flask-httpauth==4.8.1 pyotp==2.12.1 django-ratelimit==4.1.0 flask-session==0.8.0; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in hpp@0.2.3 express-slow-down@3.1.1 connect-flash@0.1.1; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-schema-dev=1.2.0-2 \
    golang-github-justinas-alice-dev=1.2.0-2 2>/dev/null
elif [ "${2:-}" = "--holdout7" ]; then
  for spec in flask-limiter==4.1.1 argon2-cffi==25.1.0 markupsafe==3.0.4 django-axes==8.3.1; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in cookie-parser@1.4.7 passport-jwt@4.0.1 morgan@1.12.1; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-go-playground-validator-v10-dev=10.4.1-4 \
    golang-github-urfave-negroni-dev=0.2.0-3 2>/dev/null
elif [ "${2:-}" = "--holdout6" ]; then
  for spec in flask-cors==6.0.5 django-cors-headers==4.9.0 webob==1.8.11 python-multipart==0.0.34; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in serve-static@2.2.1 express-validator@7.3.2 cookie-session@2.1.1; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-securecookie-dev=1.1.1-2 \
    golang-github-unrolled-secure-dev=1.0.9-2 2>/dev/null
elif [ "${2:-}" = "--holdout5" ]; then
  for spec in flask-wtf==1.3.0 oauthlib==4.0.1 pyjwt==2.15.1 requests-oauthlib==2.0.0; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in express-rate-limit@8.7.5 bcryptjs@3.0.3 jose@6.2.19; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-websocket-dev=1.5.0-2 \
    golang-github-rs-cors-dev=1.7.0-4 2>/dev/null
elif [ "${2:-}" = "--holdout4" ]; then
  for spec in quart==0.22.0 authlib==1.9.10 flask-login==0.6.3 itsdangerous==2.2.0; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in helmet@8.3.0 cors@2.8.6 jsonwebtoken@9.0.3; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-csrf-dev=1.7.1-1 \
    golang-github-golang-jwt-jwt-dev=4.4.3-1 2>/dev/null
elif [ "${2:-}" = "--holdout3" ]; then
  for spec in falcon==4.4.0 aiohttp==3.14.5 djangorestframework==3.18.3 sanic==25.12.1; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in passport@0.7.0 multer@2.5.0 body-parser@2.4.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-sessions-dev=1.2.1-1 \
    golang-github-gorilla-handlers-dev=1.5.1-3 2>/dev/null
elif [ "${2:-}" = "--holdout2" ]; then
  for spec in werkzeug==3.1.3 starlette==1.10.0 tornado==6.6.1 pyramid==2.1 bottle==0.13.5; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in restify@11.1.0 express-session@1.19.0; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gorilla-mux-dev=1.8.0-1 \
    golang-github-julienschmidt-httprouter-dev=1.3.0-2 2>/dev/null
else
  for spec in flask==3.1.3 requests==2.34.2 django==5.2.19 httpx==0.29.0 fastapi==0.165.0 sqlalchemy==2.1.9; do
    python3 -m pip download -q --no-binary :all: --no-deps "$spec" -d .
  done
  for spec in express@5.3.0 koa@3.3.0 fastify@5.12.8 @hapi/hapi@21.4.13; do
    npm pack -q "$spec" >/dev/null
  done
  apt-get download -q golang-github-gin-gonic-gin-dev=1.8.1-1 golang-github-labstack-echo-dev=4.2.1-3 \
    golang-github-go-chi-chi-dev=5.0.7-1 2>/dev/null
fi
cd "$dest/src"
for f in ../dl/*.tar.gz; do tar xzf "$f"; done
for f in ../dl/*.tgz; do n=$(basename "$f" .tgz); mkdir -p "$n"; tar xzf "$f" -C "$n" --strip-components=1; done
for f in ../dl/*.deb; do n=$(basename "$f" .deb | cut -d_ -f1); mkdir -p "$n"; dpkg -x "$f" "$n"; done
ls "$dest/src"
