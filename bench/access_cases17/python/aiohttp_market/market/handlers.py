import hashlib
import hmac
import os

import bcrypt
from aiohttp import web
from aiohttp_session import new_session

from .auth import manager_required, till_only

routes = web.RouteTableDef()
TRADER_COLUMNS = ("name", "email", "phone", "produce", "is_manager", "pitch_discount_pct", "active")
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@routes.post("/login")
async def login(request):
    form = await request.post()
    row = await request.app["db"].fetchrow(
        "SELECT id, password_hash FROM traders WHERE email = $1 AND active", form.get("email", ""))
    if row is None or not bcrypt.checkpw(form.get("password", "").encode(), row["password_hash"].encode()):
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    session["trader_id"] = row["id"]
    raise web.HTTPFound("/bookings")


@routes.get("/api/public/market-days")
async def market_days(request):
    rows = await request.app["db"].fetch("SELECT day, pitches_free FROM market_days WHERE day >= now()::date")
    return web.json_response([{"day": r["day"].isoformat(), "free": r["pitches_free"]} for r in rows])


@routes.get("/api/bookings/{booking_id}")
async def booking_detail(request):
    row = await request.app["db"].fetchrow(
        "SELECT * FROM bookings WHERE id = $1 AND trader_id = $2",
        int(request.match_info["booking_id"]), request["trader"]["id"])
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row), dumps=request.app["dumps"])


@routes.delete("/api/bookings/{booking_id}")
async def cancel_booking(request):
    booking_id = int(request.match_info["booking_id"])
    result = await request.app["db"].execute(
        "UPDATE bookings SET status = 'cancelled' WHERE id = $1", booking_id)
    if result.endswith(" 0"):
        raise web.HTTPNotFound()
    return web.json_response({"cancelled": booking_id})


@routes.get("/api/invoices/{invoice_id}")
async def invoice(request):
    row = await request.app["db"].fetchrow(
        "SELECT i.*, t.name, t.email, t.bank_sort_code, t.bank_account FROM invoices i "
        "JOIN traders t ON t.id = i.trader_id WHERE i.id = $1", int(request.match_info["invoice_id"]))
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row), dumps=request.app["dumps"])


@routes.patch("/api/trader/me")
async def update_me(request):
    body = await request.json()
    columns = [key for key in body if key in TRADER_COLUMNS]
    if not columns:
        raise web.HTTPBadRequest(text="nothing to update")
    assignments = ", ".join(f"{column} = ${i + 2}" for i, column in enumerate(columns))
    await request.app["db"].execute(
        f"UPDATE traders SET {assignments} WHERE id = $1",
        request["trader"]["id"], *[body[c] for c in columns])
    return web.json_response({"updated": columns})


@routes.post("/admin/market-days/{day}/pitches")
@manager_required
async def open_pitches(request):
    body = await request.json()
    await request.app["db"].execute(
        "UPDATE market_days SET pitches_free = $2 WHERE day = $1::date",
        request.match_info["day"], int(body["pitches"]))
    return web.json_response({"ok": True})


@routes.post("/admin/pitches/{pitch_id}/reassign")
async def reassign_pitch(request):
    body = await request.json()
    await request.app["db"].execute(
        "UPDATE bookings SET trader_id = $2 WHERE pitch_id = $1 AND status = 'confirmed'",
        int(request.match_info["pitch_id"]), int(body["trader_id"]))
    return web.json_response({"ok": True})


@routes.post("/till/takings")
@till_only
async def record_takings(request):
    body = await request.json()
    await request.app["db"].execute(
        "INSERT INTO takings (pitch_id, pence) VALUES ($1, $2)", int(body["pitch_id"]), int(body["pence"]))
    return web.json_response({"ok": True}, status=201)


@routes.post("/hooks/payments")
async def payment_webhook(request):
    raw = await request.read()
    expected = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        raise web.HTTPForbidden()
    event = await request.json()
    await request.app["db"].execute("UPDATE invoices SET paid = true WHERE reference = $1", event["reference"])
    return web.Response(status=204)


@routes.post("/hooks/season-reset")
async def season_reset(request):
    async with request.app["db"].acquire() as conn:
        async with conn.transaction():
            await conn.execute("DELETE FROM bookings WHERE status <> 'paid'")
            await conn.execute("UPDATE traders SET pitch_discount_pct = 0")
    return web.Response(status=204)
