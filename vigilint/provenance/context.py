"""Who and where a ledger sync comes from: repository, branch, team and commit.

Each comes from, in order: the command line, the CI system's environment (GitHub Actions,
GitLab CI, Bitbucket, Azure Pipelines, Jenkins, or the generic `VIGILINT_*` variables), the
settings (`[tool.vigilint.ledger] repository`, `team`), then git (read as data: remote
`origin`, the branch checked out, HEAD). A remote URL is reduced to `host/owner/name`: its user
name, password or token (CI checkouts often carry one) never reach the ledger.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from vigilint import gitutil, lazyre
from vigilint.config import Settings

_SCP = lazyre.compile(r"^(?:[^@/]+@)?([^:/]+):(.+)$")  # git@github.com:org/repo.git

_REPOSITORY_ENV = ("VIGILINT_REPOSITORY",)
_SERVER_REPO_ENV = (("GITHUB_SERVER_URL", "GITHUB_REPOSITORY"), ("CI_SERVER_HOST",
                    "CI_PROJECT_PATH"))
_BRANCH_ENV = ("VIGILINT_BRANCH", "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_BRANCH",
               "CI_COMMIT_REF_NAME", "BITBUCKET_BRANCH", "BUILD_SOURCEBRANCHNAME", "BRANCH_NAME",
               "GIT_BRANCH")
_COMMIT_ENV = ("VIGILINT_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA", "BITBUCKET_COMMIT",
               "BUILD_SOURCEVERSION", "GIT_COMMIT")
_TEAM_ENV = ("VIGILINT_TEAM",)


@dataclass(frozen=True)
class SyncContext:
    """What every record written by one sync carries."""

    repository: str = ""
    branch: str | None = None
    team: str | None = None
    commit: str | None = None
    source: str = "cli"


def normalize_remote(url: str) -> str:
    """`host/owner/name` from a git remote URL (https, ssh, scp-like or a path), without
    credentials, port or `.git`."""
    text = url.strip()
    if "://" in text:
        parts = urlsplit(text)
        host = parts.hostname or ""
        path = parts.path
    else:
        match = _SCP.match(text)
        if match and not text.startswith(("/", ".")):
            host, path = match.group(1), match.group(2)
        else:
            host, path = "", text
    path = path.strip("/")
    path = path.removesuffix(".git")
    return f"{host}/{path}" if host else path


def _first(env: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = env.get(name, "").strip()
        if value:
            return value
    return None


def _env_repository(env: Mapping[str, str]) -> str | None:
    direct = _first(env, _REPOSITORY_ENV)
    if direct:
        return normalize_remote(direct)
    for server, path in _SERVER_REPO_ENV:
        if env.get(path):
            host = env.get(server, "")
            host = urlsplit(host).hostname or host if "://" in host else host
            return f"{host}/{env[path]}".strip("/")
    return None


def _git_branch(workspace: Path) -> str | None:
    try:
        name = gitutil.run(workspace, "rev-parse", "--abbrev-ref", "HEAD").strip()
    except gitutil.GitError:
        return None
    return None if name in ("", "HEAD") else name


def detect(workspace: Path | None, settings: Settings | None = None, *,
           repository: str | None = None, branch: str | None = None, team: str | None = None,
           commit: str | None = None, source: str = "cli",
           env: Mapping[str, str] | None = None) -> SyncContext:
    """The context of a sync in `workspace` (see the module docstring)."""
    environ = os.environ if env is None else env
    ledger = settings.ledger if settings is not None else None
    if repository:
        repo: str | None = normalize_remote(repository)
    else:
        repo = _env_repository(environ) or (ledger.repository if ledger else None)
    if not repo and workspace is not None:
        remote = gitutil.config_value(workspace, "remote.origin.url")
        repo = normalize_remote(remote) if remote else workspace.name
    found_branch = branch or _first(environ, _BRANCH_ENV)
    if found_branch and found_branch.startswith("refs/heads/"):
        found_branch = found_branch.removeprefix("refs/heads/")
    if not found_branch and workspace is not None:
        found_branch = _git_branch(workspace)
    found_commit = commit or _first(environ, _COMMIT_ENV)
    if not found_commit and workspace is not None:
        found_commit = gitutil.head(workspace)
    found_team = team or _first(environ, _TEAM_ENV) or (ledger.team if ledger else None)
    return SyncContext(repository=repo or "", branch=found_branch, team=found_team,
                       commit=found_commit, source=source)
