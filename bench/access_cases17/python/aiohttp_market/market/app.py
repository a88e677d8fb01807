import json
import os
import pathlib

import asyncpg
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .auth import session_required
from .handlers import routes

HERE = pathlib.Path(__file__).parent
EXPORT_DIR = pathlib.Path(os.environ.get("MARKET_EXPORTS", "/srv/market/exports"))


async def open_db(app):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    yield
    await app["db"].close()


def make_app():
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(os.environ["SESSION_KEY"].encode(), secure=True, httponly=True))
    app.middlewares.append(session_required)
    app["dumps"] = lambda obj: json.dumps(obj, default=str)
    app.cleanup_ctx.append(open_db)
    app.add_routes(routes)
    app.router.add_static("/static/exports/", EXPORT_DIR, show_index=True)
    app.router.add_static("/static/", HERE / "static")
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8080)
