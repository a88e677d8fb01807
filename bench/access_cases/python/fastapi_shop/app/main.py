from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.routers import admin, orders, users

app = FastAPI(title="Shop API")
app.include_router(users.router)
app.include_router(orders.router)
app.include_router(admin.router)
app.mount("/downloads", StaticFiles(directory="."), name="downloads")


@app.get("/health")
async def health():
    return {"status": "ok"}
