from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import Appointment, User

router = APIRouter(
    prefix="/appointments",
    tags=["appointments"],
    dependencies=[Depends(get_current_user)],
)


class AppointmentCreate(BaseModel):
    doctor_id: int
    starts_at: datetime
    reason: str | None = None


class AppointmentUpdate(BaseModel):
    starts_at: datetime | None = None
    reason: str | None = None


class AppointmentOut(BaseModel):
    id: int
    doctor_id: int
    starts_at: datetime
    reason: str | None
    status: str

    model_config = {"from_attributes": True}


@router.get("/", response_model=list[AppointmentOut])
def list_appointments(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    stmt = select(Appointment).where(Appointment.patient_id == user.id).order_by(Appointment.starts_at)
    return db.scalars(stmt).all()


@router.post("/", response_model=AppointmentOut, status_code=status.HTTP_201_CREATED)
def book_appointment(
    payload: AppointmentCreate,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
):
    appt = Appointment(**payload.model_dump(), patient_id=user.id, status="booked")
    db.add(appt)
    db.commit()
    db.refresh(appt)
    return appt


@router.get("/{appointment_id}", response_model=AppointmentOut)
def get_appointment(
    appointment_id: int,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
):
    appt = db.get(Appointment, appointment_id)
    if appt is None or (appt.patient_id != user.id and appt.doctor_id != user.id):
        raise HTTPException(status_code=404, detail="Appointment not found")
    return appt


@router.patch("/{appointment_id}", response_model=AppointmentOut)
def reschedule_appointment(
    appointment_id: int,
    payload: AppointmentUpdate,
    db: Session = Depends(get_db),
):
    appt = db.query(Appointment).filter(Appointment.id == appointment_id).first()
    if appt is None:
        raise HTTPException(status_code=404, detail="Appointment not found")
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(appt, field, value)
    db.commit()
    db.refresh(appt)
    return appt


@router.delete("/{appointment_id}", status_code=status.HTTP_204_NO_CONTENT)
def cancel_appointment(
    appointment_id: int,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
):
    appt = (
        db.query(Appointment)
        .filter_by(id=appointment_id, patient_id=user.id)
        .first()
    )
    if appt is None:
        raise HTTPException(status_code=404, detail="Appointment not found")
    appt.status = "cancelled"
    db.commit()
