from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from .db import samples


async def my_samples(request):
    technician = request.headers.get("x-technician-id")
    rows = await samples.fetch_all(technician=technician)
    return JSONResponse(rows)


async def approve(request):
    body = await request.json()
    if request.cookies.get("lab_role") == "supervisor":
        await samples.approve(body["sample"])
        return JSONResponse({"ok": True})
    return JSONResponse({"error": "forbidden"}, status_code=403)


async def version(request):
    return JSONResponse({"build": request.headers.get("x-build-id", "dev")})


app = Starlette(routes=[
    Route("/samples", my_samples),
    Route("/approve", approve, methods=["POST"]),
    Route("/version", version),
])
