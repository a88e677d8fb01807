from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session

from . import patients
from .db import get_db
from .deps import hygienist_on_shift, require_staff
from .models import Recall, Appointment

app = FastAPI(title="Bright Smile practice")

admin = APIRouter(prefix="/admin", dependencies=[Depends(require_staff)])


@admin.get("/appointments/today")
def todays_list(db: Session = Depends(get_db)):
    return db.query(Appointment).filter(Appointment.day == Appointment.today()).all()


@admin.delete("/recalls/{recall_id}")
def drop_recall(recall_id: int, db: Session = Depends(get_db)):
    db.query(Recall).filter_by(id=recall_id).delete()
    db.commit()
    return {"deleted": recall_id}


@app.post("/maintenance/purge-recalls")
def purge_recalls(db: Session = Depends(get_db)):
    removed = db.query(Recall).delete()
    db.commit()
    return {"removed": removed}


@app.get("/clinical/charting-queue")
def charting_queue(role: str = Depends(hygienist_on_shift), db: Session = Depends(get_db)):
    return db.query(Appointment).filter_by(needs_charting=True).all()


@app.get("/health")
def health():
    return {"ok": True}


app.include_router(admin)
app.include_router(patients.router)
app.mount("/assets", StaticFiles(directory="web/dist/assets"), name="assets")
app.mount("/xrays", StaticFiles(directory="storage/xrays", html=True), name="xrays")
