from urllib.parse import urlparse

import httpx
import requests
import yaml
from sqlalchemy import text
from sqlalchemy.orm import Session

from settings import get_settings


def search_items(db: Session, name: str, warehouse: str):
    stmt = text(f"SELECT id, sku, name, qty FROM items WHERE warehouse = '{warehouse}' AND name ILIKE :n")
    return db.execute(stmt, {"n": f"%{name}%"}).all()


def item_by_sku(db: Session, sku: str):
    return db.execute(text("SELECT id, sku, name, qty FROM items WHERE sku = :sku"), {"sku": sku}).first()


def adjust_stock(db: Session, item_id: int, delta: int):
    db.execute(text("UPDATE items SET qty = qty + :d WHERE id = :i"), {"d": delta, "i": item_id})
    db.commit()


def fetch_supplier_feed(feed_url: str) -> dict:
    host = urlparse(feed_url).hostname
    if host not in get_settings().supplier_hosts:
        raise ValueError("unknown supplier")
    resp = httpx.get(feed_url, timeout=get_settings().request_timeout)
    resp.raise_for_status()
    return resp.json()


def preview_image(url: str) -> bytes:
    resp = requests.get(url)
    return resp.content[:4096]


def parse_manifest(raw: bytes) -> dict:
    return yaml.load(raw, Loader=yaml.Loader)


def parse_settings_file(raw: bytes) -> dict:
    return yaml.safe_load(raw)
