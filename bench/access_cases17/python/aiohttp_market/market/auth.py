"""Sessions, roles and the trader app token for the Saturday market stall bookings."""

import functools
import ipaddress

import jwt
from aiohttp import web
from aiohttp_session import get_session

PUBLIC_PREFIXES = ("/login", "/static/", "/api/public/", "/hooks/")
TILL_NETWORK = ipaddress.ip_network("10.40.0.0/24")


async def current_trader(request):
    session = await get_session(request)
    trader_id = session.get("trader_id")
    if trader_id is None:
        return None
    return await request.app["db"].fetchrow(
        "SELECT id, name, email, is_manager FROM traders WHERE id = $1 AND active", trader_id)


@web.middleware
async def session_required(request, handler):
    if request.path.startswith(PUBLIC_PREFIXES):
        return await handler(request)
    trader = await current_trader(request)
    if trader is None:
        mobile = await trader_from_app_token(request)
        if mobile is None:
            raise web.HTTPUnauthorized()
        trader = mobile
    request["trader"] = trader
    return await handler(request)


async def trader_from_app_token(request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    claims = jwt.decode(header[7:], options={"verify_signature": False})
    return await request.app["db"].fetchrow(
        "SELECT id, name, email, is_manager FROM traders WHERE id = $1 AND active", int(claims["sub"]))


def manager_required(handler):
    @functools.wraps(handler)
    async def wrapper(request):
        if not request["trader"]["is_manager"]:
            raise web.HTTPForbidden(text="market managers only")
        return await handler(request)
    return wrapper


def till_only(handler):
    @functools.wraps(handler)
    async def wrapper(request):
        forwarded = request.headers.get("X-Forwarded-For", request.remote or "")
        address = ipaddress.ip_address(forwarded.split(",")[0].strip())
        if address not in TILL_NETWORK:
            raise web.HTTPForbidden(text="tills only")
        return await handler(request)
    return wrapper
