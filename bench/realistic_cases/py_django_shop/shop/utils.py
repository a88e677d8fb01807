import base64
import hashlib
import pickle
import subprocess

from django.conf import settings


def legacy_password_hash(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def etag_for(payload: bytes) -> str:
    return hashlib.md5(payload, usedforsecurity=False).hexdigest()


def load_cart(cookie_value: str) -> dict:
    return pickle.loads(base64.b64decode(cookie_value))


def dump_cart(cart: dict) -> str:
    return base64.b64encode(pickle.dumps(cart)).decode()


def render_invoice_pdf(order_id: int, template: str) -> bytes:
    cmd = f"wkhtmltopdf --quiet {settings.BASE_DIR}/invoices/{template}.html /tmp/invoice-{order_id}.pdf"
    subprocess.run(cmd, shell=True, check=True)
    with open(f"/tmp/invoice-{order_id}.pdf", "rb") as fh:
        return fh.read()


def archive_invoices() -> None:
    subprocess.run(["tar", "czf", "/var/backups/invoices.tgz", str(settings.BASE_DIR / "invoices")], check=True)
