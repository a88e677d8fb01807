import json
import logging

from aiohttp import web

import media
import store

log = logging.getLogger("chat")
routes = web.RouteTableDef()


@web.middleware
async def auth_middleware(request, handler):
    if request.path.startswith("/public"):
        return await handler(request)
    token = request.headers.get("Authorization", "")
    if token != "Bearer " + request.app["token"]:
        raise web.HTTPUnauthorized()
    return await handler(request)


@routes.get("/rooms/{room}/messages")
async def list_messages(request):
    rows = await store.messages_in(request.match_info["room"], request.query.get("since", "1970-01-01"))
    return web.json_response([list(r) for r in rows])


@routes.get("/rooms/{room}/search")
async def search(request):
    rows = await store.search(request.match_info["room"], request.query.get("q", ""))
    return web.json_response([list(r) for r in rows])


@routes.post("/rooms/{room}/messages")
async def post_message(request):
    data = await request.json()
    await store.post(request.match_info["room"], data["author"], data["body"])
    return web.json_response({"ok": True}, status=201)


@routes.post("/unfurl")
async def unfurl(request):
    data = await request.json()
    return web.json_response({"preview": await media.unfurl(data["url"])})


@routes.post("/embed")
async def embed(request):
    data = await request.json()
    try:
        return web.json_response({"html": await media.fetch_embed(data["url"])})
    except ValueError as exc:
        return web.json_response({"error": str(exc)}, status=400)


@routes.post("/avatar")
async def avatar(request):
    data = await request.json()
    code = await media.resize_avatar(data["file"])
    return web.json_response({"code": code})


@routes.get("/public/rooms/{room}")
async def public_room(request):
    room = request.match_info["room"]
    return web.Response(text=f"<html><h1>Room {room}</h1></html>", content_type="text/html")


@routes.post("/import")
async def import_history(request):
    payload = await request.read()
    history = json.loads(payload)
    log.info("imported %d messages", len(history))
    return web.json_response({"count": len(history)})


def make_app(token: str) -> web.Application:
    app = web.Application(middlewares=[auth_middleware], client_max_size=1024**2)
    app["token"] = token
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(__import__("os").environ["CHAT_TOKEN"]), host="127.0.0.1", port=8088)
