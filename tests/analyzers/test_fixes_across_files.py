"""Fixes of findings reported at a call in a handler whose sink sits in a helper module of
another file (a project wrapper): the check goes in the handler, before the call."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.dataflow.project import build_index
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fixes import apply_fixes

STORAGE_TS = textwrap.dedent("""\
    import { promises as fs } from 'fs';

    const MEDIA_ROOT = '/srv/media';

    export async function readMedia(name: string): Promise<Buffer> {
      return fs.readFile(MEDIA_ROOT + '/' + name);
    }
    """)

ROUTES_TS = textwrap.dedent("""\
    import express, { Request, Response } from 'express';
    import { readMedia } from './storage';

    export const app = express();

    app.get('/media/raw', async (req: Request, res: Response) => {
      const data = await readMedia(String(req.query.file));
      res.type('application/octet-stream').send(data);
    });
    """)

MEDIA_PY = textwrap.dedent("""\
    import aiohttp


    async def unfurl(url: str) -> str:
        async with aiohttp.ClientSession() as session:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
                return (await resp.text())[:200]
    """)

SERVER_PY = textwrap.dedent("""\
    from aiohttp import web

    from chat import media

    routes = web.RouteTableDef()


    @routes.post("/unfurl")
    async def unfurl(request):
        data = await request.json()
        return web.json_response({"preview": await media.unfurl(data["url"])})
    """)


def _fixed(files: list[tuple[str, str]], path: str, rule: str) -> str:
    index = build_index(files)
    text = dict(files)[path]
    analysis = Engine().analyze(path, text, project=index)
    fixes = [f.fix for f in analysis.findings if f.rule == rule and f.fix is not None]
    assert fixes, [(f.rule, f.line, f.fix) for f in analysis.findings]
    return apply_fixes(text, fixes)


def test_a_file_name_passed_to_a_helper_keeps_only_its_base_name():
    fixed = _fixed([("src/storage.ts", STORAGE_TS), ("src/routes.ts", ROUTES_TS)],
                   "src/routes.ts", "VG-JS-INJ-007")
    assert "import * as path from 'path';\nimport express" in fixed
    assert "await readMedia(path.basename(String(req.query.file)));" in fixed


def test_a_url_passed_to_a_helper_is_checked_against_the_allowed_hosts_first():
    fixed = _fixed([("chat/media.py", MEDIA_PY), ("chat/server.py", SERVER_PY)],
                   "chat/server.py", "VG-PY-SSRF-001")
    assert textwrap.dedent("""\
        data = await request.json()
            target = data["url"]
            if urllib.parse.urlparse(target).hostname not in os.environ.get("ALLOWED_FETCH_HOSTS", "").split(","):
                raise ValueError("host not allowed")
            return web.json_response({"preview": await media.unfurl(target)})""") in fixed
    assert fixed.startswith("import urllib.parse\nimport os\n")


STORAGE_PY = textwrap.dedent("""\
    import os

    ROOT = "/srv/files"


    def read_file(name):
        with open(os.path.join(ROOT, name), "rb") as handle:
            return handle.read()
    """)

VIEWS_PY = textwrap.dedent("""\
    from flask import Flask, request

    from files.storage import read_file

    app = Flask(__name__)


    @app.get("/download")
    def download():
        return read_file(request.args["name"])
    """)


def test_a_python_file_name_passed_to_a_helper_keeps_only_its_base_name():
    fixed = _fixed([("files/storage.py", STORAGE_PY), ("files/views.py", VIEWS_PY)],
                   "files/views.py", "VG-PY-INJ-007")
    assert fixed.startswith("import os\nfrom flask import")
    assert 'return read_file(os.path.basename(request.args["name"]))' in fixed
