import logging
import os
import shlex
import subprocess

import requests

log = logging.getLogger("reports.tasks")
WEBHOOK_TIMEOUT = 10


def compress(name: str) -> None:
    os.system("gzip -k /srv/reports/" + name)


def compress_quoted(name: str) -> None:
    os.system("gzip -k /srv/reports/" + shlex.quote(name))


def disk_usage() -> str:
    return subprocess.check_output(["du", "-sh", "/srv/reports"], text=True)


def render_chart(spec_file: str, fmt: str) -> bytes:
    return subprocess.check_output(f"vl2{fmt} {spec_file}", shell=True)


def notify(webhook_url: str, payload: dict, api_token: str) -> None:
    log.debug("notifying %s with token %s", webhook_url, api_token)
    requests.post(webhook_url, json=payload, timeout=WEBHOOK_TIMEOUT)


def notify_ops(payload: dict) -> None:
    requests.post("https://hooks.ops.example.com/reports", json=payload, timeout=WEBHOOK_TIMEOUT)
