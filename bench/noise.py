"""Noise on well-kept projects: what vigilint reports on code that is not meant to be vulnerable.

    bash bench/fetch_projects.sh /work/noise          # downloads and unpacks the projects (once)
    python bench/noise.py /work/noise/src [--out bench/results/noise.md] [--findings FILE.jsonl]

For each project folder under the given root, runs `vigilint scan --format json --fail-on P4`
in a subprocess (the installed vigilint) and counts findings by priority, by code role (app code
vs test / docs / example code, from the finding's `role` when it has one, otherwise from path
conventions) and per 1,000 non-test lines of code. `--findings` writes every finding (redacted,
as the scanner printed it) with its project, for judging a sample by hand.

The roles used here for counting lines are path conventions only; they are the bench's, not the
scanner's, so the figure stays comparable across versions of the scanner.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

CODE_SUFFIXES = {".py", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".go", ".java"}
_NON_APP = re.compile(
    r"(^|/)(tests?|testing|__tests__|spec|specs|docs?|examples?|samples?|benchmarks?|bench|fixtures?|"
    r"testdata|test_utils|scripts)(/|$)|(^|/)(test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(spec|test)\.[a-z]+|"
    r"conftest\.py)$|(^|/)src/test/"
)
_SKIP_DIRS = {".git", "node_modules", "__pycache__", ".venv", "venv", "build", "dist"}

# Projects we may read while tuning rules (dev) and projects we only score (holdout). The folder
# names are those bench/fetch_projects.sh unpacks; a folder is matched by its name's prefix.
# The first holdout set (django ... chi) was scored blind on 2026-12-06 and is dev since
# 2026-12-07; the second (werkzeug ... httprouter, `fetch_projects.sh DEST --holdout2`) was scored
# blind on 2026-12-07 and is dev since; the third (`fetch_projects.sh DEST --holdout3`), chosen
# before the noise pass i15e, was scored blind on 2026-12-07 and is dev since; the fourth
# (`fetch_projects.sh DEST --holdout4`), chosen before that session's work, was scored blind on
# 2026-12-07 and is dev since; the fifth (`fetch_projects.sh DEST --holdout5`), chosen before the
# noise pass i15g, was scored blind on 2026-12-07 and is dev since. The sixth
# (`fetch_projects.sh DEST --holdout6`) was chosen on 2026-12-07, fifth session, before any of its
# work, was scored blind the same day before and after the noise pass i15h, and is dev since.
# The seventh (`fetch_projects.sh DEST --holdout7`) was chosen the same day before the session's
# second noise pass (i15i), was scored blind before and after it and is dev since. The eighth
# (`fetch_projects.sh DEST --holdout8`) was chosen the same day before the third noise pass (i15j),
# was scored blind before and after it and is dev since. No held-back set is left: choose and pin
# a new one (`fetch_projects.sh`) before the next noise pass.
DEV_PROJECTS: tuple[str, ...] = ("flask-", "requests-", "fastapi-", "express-", "koa-", "golang-github-gin-gonic-gin-dev",
                "django-", "httpx-", "sqlalchemy-", "fastify-", "hapi-hapi-",
                "golang-github-labstack-echo-dev", "golang-github-go-chi-chi-dev",
                "werkzeug-", "starlette-", "tornado-", "pyramid-", "bottle-", "restify-",
                "express-session-", "golang-github-gorilla-mux-dev",
                "golang-github-julienschmidt-httprouter-dev",
                "falcon-", "aiohttp-", "djangorestframework-", "sanic-", "passport-", "multer-",
                "body-parser-", "golang-github-gorilla-sessions-dev",
                "golang-github-gorilla-handlers-dev",
                "quart-", "authlib-", "Flask-Login-", "flask_login-", "itsdangerous-", "helmet-",
                "cors-", "jsonwebtoken-", "golang-github-gorilla-csrf-dev",
                "golang-github-golang-jwt-jwt-dev",
                "flask_wtf-", "Flask-WTF-", "oauthlib-", "pyjwt-", "PyJWT-", "requests-oauthlib-",
                "requests_oauthlib-", "express-rate-limit-", "bcryptjs-", "jose-",
                "golang-github-gorilla-websocket-dev", "golang-github-rs-cors-dev",
                "flask_cors-", "Flask-Cors-", "django_cors_headers-", "django-cors-headers-", "webob-",
                "WebOb-", "python_multipart-", "python-multipart-", "serve-static-",
                "express-validator-", "cookie-session-", "golang-github-gorilla-securecookie-dev",
                "golang-github-unrolled-secure-dev",
                "flask_limiter-", "Flask-Limiter-", "argon2_cffi-", "argon2-cffi-", "markupsafe-",
                "MarkupSafe-", "django_axes-", "django-axes-", "cookie-parser-", "passport-jwt-",
                "morgan-", "golang-github-go-playground-validator-v10-dev",
                "golang-github-urfave-negroni-dev",
                "flask_httpauth-", "Flask-HTTPAuth-", "pyotp-", "django_ratelimit-",
                "django-ratelimit-", "flask_session-", "Flask-Session-", "hpp-", "express-slow-down-",
                "connect-flash-", "golang-github-gorilla-schema-dev",
                "golang-github-justinas-alice-dev")
# Sets 9, 10 (sixth session), 11 (`fetch_projects.sh --holdout11`, seventh session) and 12
# (`--holdout12`, eighth session) are dev since their second scans: no noise set is held back now;
# the next noise pass needs a new one pinned in fetch_projects.sh first.
# Set 13 (`--holdout13`, ninth session) is dev since its last scan that session.
HOLDOUT_PROJECTS: tuple[str, ...] = ()
_SET13 = (
    "flask_security-", "flask-security-", "social_auth_app_django-", "social-auth-app-django-",
    "django_anymail-", "django-anymail-", "mozilla_django_oidc-", "mozilla-django-oidc-",
    "express-openid-connect-", "koa-router-", "passport-google-oauth20-",
    "golang-github-dgrijalva-jwt-go-dev", "golang-github-duo-labs-webauthn-dev")
_SET12 = ("djangorestframework_simplejwt-", "djangorestframework-simplejwt-", "django_rest_knox-",
          "django-rest-knox-", "fastapi_users-", "fastapi-users-", "django_two_factor_auth-",
          "django-two-factor-auth-", "passport-oauth2-", "express-basic-auth-", "fastify-cookie-",
          "golang-github-abbot-go-http-auth-dev", "golang-github-pquerna-otp-dev")
_SET11 = ("flask_talisman-", "flask-talisman-", "django_otp-", "django-otp-", "python_jose-",
          "python-jose-", "django_allauth-", "django-allauth-", "koa-session-", "lusca-",
          "passport-local-", "golang-github-casbin-casbin-dev", "golang-github-markbates-goth-dev")
_SET10 = ("django_guardian-", "django-guardian-", "bleach-", "webauthn-", "django_csp-", "django-csp-",
          "express-jwt-", "csrf-csrf-", "oauth2orize-", "golang-github-appleboy-gin-jwt-dev",
          "golang-github-goji-httpauth-dev")
_SET9 = ("flask_jwt_extended-", "Flask-JWT-Extended-", "flask-jwt-extended-", "waitress-",
         "django_oauth_toolkit-", "django-oauth-toolkit-", "cachelib-", "sanitize-html-",
         "jwks-rsa-", "connect-redis-", "golang-golang-x-oauth2-dev",
         "golang-github-coreos-go-oidc-dev")
DEV_PROJECTS += _SET9 + _SET10 + _SET11 + _SET12 + _SET13


def split_of(name: str) -> str:
    if name.startswith(HOLDOUT_PROJECTS):
        return "holdout"
    if name.startswith(DEV_PROJECTS):
        return "dev"
    return "other"


def bench_role(path: str) -> str:
    return "other" if _NON_APP.search(path) else "app"


def count_lines(root: Path) -> Counter[str]:
    lines: Counter[str] = Counter()
    for path in root.rglob("*"):
        if path.suffix not in CODE_SUFFIXES or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if _SKIP_DIRS & set(rel.split("/")):
            continue
        with path.open("rb") as handle:
            n = sum(1 for line in handle if line.strip())
        lines[bench_role(rel)] += n
    return lines


def scan(root: Path, vigilint: str) -> tuple[list[dict], float]:
    start = time.perf_counter()
    # --no-cache: time the analysis, not a cache hit (the scan still records its findings in
    # the workspace's ledger, `.vigilint/vigilint.db`, as every scan does)
    proc = subprocess.run([vigilint, "scan", str(root), "--format", "json", "--fail-on", "P4",
                           "--no-cache"], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"vigilint failed on {root} (exit {proc.returncode}): {proc.stderr[-500:]}")
    return json.loads(proc.stdout)["findings"], elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="folder holding one folder per project")
    parser.add_argument("--vigilint", default="vigilint")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--findings", type=Path, help="write every finding as JSON lines")
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--no-rules", action="store_true",
                        help="leave out the per-rule counts (scoring holdout projects while "
                             "rules are still being written)")
    args = parser.parse_args(argv)

    rows = []
    dump = args.findings.open("w", encoding="utf-8") if args.findings else None
    projects = sorted(p for p in args.root.iterdir() if p.is_dir())
    for project in (p for p in projects if args.split == "all" or split_of(p.name) == args.split):
        findings, elapsed = scan(project, args.vigilint)
        lines = count_lines(project)
        active = [f for f in findings if not f.get("suppression")]
        roles = Counter(f.get("role") or bench_role(f["path"]) for f in active)
        app = [f for f in active if (f.get("role") or bench_role(f["path"])) == "app"]
        prio = Counter(f["priority"] for f in active)
        p01 = prio["P0"] + prio["P1"]
        per_kloc = 1000 * len(app) / max(lines["app"], 1)
        urgent = Counter(f"{f.get('role') or bench_role(f['path'])}/{f['category']}" for f in active
                         if f["priority"] in ("P0", "P1"))
        rows.append((f"{project.name} ({split_of(project.name)})", lines["app"], lines["other"], len(active), roles["app"],
                     p01, per_kloc, elapsed, dict(sorted(Counter(f["rule"] for f in active).items())),
                     dict(urgent.most_common())))
        if dump:
            for finding in active:
                dump.write(json.dumps({"project": project.name, **finding}) + "\n")
    if dump:
        dump.close()

    out = ["| project | app lines | other lines | findings | in app code | P0/P1 | app findings per 1k app lines | scan s |",
           "|---|---|---|---|---|---|---|---|"]
    for name, app_lines, other, total, in_app, p01, per_kloc, elapsed, *_ in rows:
        out.append(f"| {name} | {app_lines} | {other} | {total} | {in_app} | {p01} | {per_kloc:.2f} | {elapsed:.1f} |")
    out.append("")
    out.append("P0/P1 by role/category:")
    out.append("")
    for name, *_, urgent in rows:
        out.append(f"- {name}: {', '.join(f'{k} x{n}' for k, n in urgent.items()) or 'none'}")
    if not args.no_rules:
        out.append("")
        out.append("Findings by rule:")
        out.append("")
        for name, *_, rules, _urgent in rows:
            out.append(f"- {name}: {', '.join(f'{r} x{n}' for r, n in rules.items()) or 'none'}")
    text = "\n".join(out) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
