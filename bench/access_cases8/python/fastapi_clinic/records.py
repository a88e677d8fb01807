"""Medical records: staff-facing endpoints."""
from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db, require_staff
from .models import MedicalRecord, User

router = APIRouter(prefix="/records", tags=["records"])


class RecordIn(BaseModel):
    patient_id: int
    summary: str
    diagnosis_code: str | None = None


@router.get("/patient/{patient_id}")
def records_for_patient(
    patient_id: int,
    db: Session = Depends(get_db),
    staff: User = Depends(require_staff),
):
    stmt = select(MedicalRecord).where(MedicalRecord.patient_id == patient_id)
    return db.scalars(stmt).all()


@router.get("/mine")
def my_records(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return db.scalars(select(MedicalRecord).where(MedicalRecord.patient_id == user.id)).all()


@router.get("/export")
def export_records(db: Session = Depends(get_db)):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "patient_id", "author_id", "summary", "diagnosis_code"])
    for rec in db.scalars(select(MedicalRecord)):
        writer.writerow([rec.id, rec.patient_id, rec.author_id, rec.summary, rec.diagnosis_code])
    buf.seek(0)
    return StreamingResponse(buf, media_type="text/csv",
                             headers={"Content-Disposition": "attachment; filename=records.csv"})


@router.get("/{record_id}")
def get_record(
    record_id: int,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
):
    record = db.get(MedicalRecord, record_id)
    if record is None:
        raise HTTPException(status_code=404)
    return record


@router.post("/", status_code=201)
def create_record(
    body: RecordIn,
    db: Session = Depends(get_db),
    staff: User = Depends(require_staff),
):
    record = MedicalRecord(**body.model_dump(), author_id=staff.id)
    db.add(record)
    db.commit()
    return {"id": record.id}


@router.put("/{record_id}")
async def amend_record(
    record_id: int,
    request: Request,
    db: Session = Depends(get_db),
    staff: User = Depends(require_staff),
):
    record = db.get(MedicalRecord, record_id)
    if record is None:
        raise HTTPException(status_code=404)
    changes = await request.json()
    for key, value in changes.items():
        setattr(record, key, value)
    record.last_editor_id = staff.id
    db.commit()
    return {"id": record.id}
