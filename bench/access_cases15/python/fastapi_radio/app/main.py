from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import Presenter, Show, get_db
from .routers import admin, shows

app = FastAPI(title="Riverside Community Radio studio API")
app.include_router(shows.router)
app.include_router(shows.desk)
app.include_router(admin.router)
app.include_router(admin.tools)

app.mount("/assets", StaticFiles(directory="static/assets"), name="assets")
app.mount("/contracts", StaticFiles(directory="storage/presenter-contracts"), name="contracts")


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/schedule")
def schedule(db: Session = Depends(get_db)):
    rows = db.scalars(select(Show).where(Show.published.is_(True)).order_by(Show.slot_start))
    return [{"title": s.title, "slot_start": s.slot_start} for s in rows]


@app.post("/ops/quota/reset")
def reset_quotas(minutes: int = 120, db: Session = Depends(get_db)):
    db.execute(update(Presenter).values(airtime_quota_minutes=minutes, suspended=False))
    db.commit()
    return {"reset": True}
