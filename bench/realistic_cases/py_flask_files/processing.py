import io
import tarfile
import zipfile
from pathlib import Path

import defusedxml.ElementTree as SafeET
from lxml import etree

from settings import WORK_DIR


def unpack_bundle(data: bytes, dest: str) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest)
        return tar.getnames()


def unpack_bundle_checked(data: bytes, dest: str) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
        return tar.getnames()


def unpack_zip(data: bytes, dest: str) -> list[str]:
    root = Path(dest).resolve()
    names = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                continue
            zf.extract(info, root)
            names.append(info.filename)
    return names


def parse_metadata(xml_bytes: bytes) -> dict:
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in doc}


def parse_metadata_safe(xml_bytes: bytes) -> dict:
    doc = SafeET.fromstring(xml_bytes)
    return {child.tag: child.text for child in doc}


def scratch_file(name: str) -> Path:
    return Path(WORK_DIR) / name
