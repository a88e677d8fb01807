from datetime import date

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Gardener, HarvestLog, Notice, Plot, get_session
from security import current_gardener, require_committee

app = FastAPI(title="Riverside allotments")

plots = APIRouter(prefix="/plots", dependencies=[Depends(current_gardener)])
committee = APIRouter(prefix="/committee", dependencies=[Depends(require_committee)])


class PlotApplication(BaseModel):
    number: str
    size_m2: int
    gardener_id: int
    fee_waived: bool = False
    status: str = "applied"


class HarvestIn(BaseModel):
    plot_id: int
    day: date
    notes: str


class NoticeIn(BaseModel):
    text: str


@app.get("/health")
def health():
    return {"status": "ok"}


@plots.post("/apply", status_code=201)
def apply_for_plot(body: PlotApplication, db: Session = Depends(get_session)):
    plot = Plot(**body.model_dump())
    db.add(plot)
    db.commit()
    return {"id": plot.id, "status": plot.status}


@plots.get("/harvests")
def my_harvests(me: Gardener = Depends(current_gardener), db: Session = Depends(get_session)):
    return db.scalars(select(HarvestLog).where(HarvestLog.gardener_id == me.id)).all()


@plots.post("/harvests", status_code=201)
def log_harvest(body: HarvestIn, me: Gardener = Depends(current_gardener),
                db: Session = Depends(get_session)):
    plot = db.scalar(select(Plot).where(Plot.id == body.plot_id, Plot.gardener_id == me.id))
    if plot is None:
        raise HTTPException(404)
    log = HarvestLog(gardener_id=me.id, plot_id=plot.id, day=body.day, notes=body.notes)
    db.add(log)
    db.commit()
    return {"id": log.id}


@plots.get("/harvests/{log_id}")
def harvest_detail(log_id: int, db: Session = Depends(get_session)):
    log = db.get(HarvestLog, log_id)
    if log is None:
        raise HTTPException(404)
    return log


@committee.get("/waiting-list")
def waiting_list(db: Session = Depends(get_session)):
    return db.scalars(select(Plot).where(Plot.status == "applied")).all()


@committee.post("/plots/{plot_id}/approve")
def approve(plot_id: int, db: Session = Depends(get_session)):
    plot = db.get(Plot, plot_id)
    if plot is None:
        raise HTTPException(404)
    plot.status = "active"
    db.commit()
    return {"id": plot.id, "status": plot.status}


@app.post("/committee/plots/{plot_id}/evict")
def evict(plot_id: int, me: Gardener = Depends(current_gardener),
          db: Session = Depends(get_session)):
    plot = db.get(Plot, plot_id)
    if plot is None:
        raise HTTPException(404)
    plot.gardener_id = None
    plot.status = "vacant"
    db.commit()
    return {"id": plot.id, "status": plot.status}


@app.post("/noticeboard", status_code=201)
def post_notice(body: NoticeIn, request: Request, db: Session = Depends(get_session)):
    author = request.cookies.get("gardener_id")
    if author is None:
        raise HTTPException(401)
    notice = Notice(author_id=int(author), text=body.text)
    db.add(notice)
    db.commit()
    return {"id": notice.id}


app.include_router(plots)
app.include_router(committee)
