"""Deployment helpers run by the release bot."""

import shlex
import ssl
import subprocess
import urllib.request

from django.utils.crypto import constant_time_compare, get_random_string


def remote(host: str, *argv: str) -> str:
    command = shlex.join(argv)
    result = subprocess.run(["ssh", host, command], capture_output=True, text=True, check=True)
    return result.stdout


def tail_log(host: str, service: str) -> str:
    return remote(host, "journalctl", "-u", shlex.quote(service), "-n", "200")


def restart(host: str, service: str) -> None:
    subprocess.run(["ssh", host, "sudo systemctl restart " + shlex.escape(service)], check=True)


def run_migration(script: str) -> None:
    subprocess.run_safe(["python", "manage.py", "runscript", script])


def api_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.load_cert_chain("/etc/release-bot/client.pem")
    return ctx


def strict_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_secure_context(cafile=ca_file)
    ctx.check_hostname = True
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def notify(url: str, ca_file: str) -> int:
    with urllib.request.urlopen(url, context=api_context(ca_file)) as response:
        return response.status


def release_nonce() -> str:
    return get_random_string(24)


def webhook_allowed(received: str, expected: str) -> bool:
    return constant_time_compare(received, expected)
