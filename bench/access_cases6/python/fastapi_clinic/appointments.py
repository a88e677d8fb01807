"""Appointments: patients see and manage their own, staff see their clinic's."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from database import get_db
from models import Appointment, Clinic, User
from schemas import AppointmentCreate, AppointmentOut, AppointmentUpdate
from security import get_current_user, require_role

router = APIRouter(prefix="/appointments", tags=["appointments"],
                   dependencies=[Depends(get_current_user)])


def _own_appointment(db: Session, appointment_id: int, user: User) -> Appointment:
    appointment = db.scalar(
        select(Appointment).where(Appointment.id == appointment_id,
                                  Appointment.patient_id == user.id)
    )
    if appointment is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return appointment


@router.get("", response_model=list[AppointmentOut])
def list_appointments(user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    rows = db.scalars(
        select(Appointment).where(Appointment.patient_id == user.id).order_by(Appointment.starts_at)
    )
    return list(rows)


@router.post("", response_model=AppointmentOut, status_code=status.HTTP_201_CREATED)
def book(body: AppointmentCreate, user: User = Depends(get_current_user),
         db: Session = Depends(get_db)):
    if body.starts_at <= datetime.utcnow():
        raise HTTPException(status_code=400, detail="Appointment must be in the future")
    appointment = Appointment(
        patient_id=user.id,
        clinic_id=body.clinic_id,
        starts_at=body.starts_at,
        reason=body.reason,
        status="booked",
    )
    db.add(appointment)
    db.commit()
    db.refresh(appointment)
    return appointment


@router.get("/{appointment_id}", response_model=AppointmentOut)
def get_appointment(appointment_id: int, user: User = Depends(get_current_user),
                    db: Session = Depends(get_db)):
    return _own_appointment(db, appointment_id, user)


@router.patch("/{appointment_id}", response_model=AppointmentOut)
def reschedule(appointment_id: int, body: AppointmentUpdate,
               user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    appointment = _own_appointment(db, appointment_id, user)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(appointment, field, value)
    db.commit()
    return appointment


@router.post("/{appointment_id}/cancel", status_code=status.HTTP_204_NO_CONTENT)
def cancel(appointment_id: int, db: Session = Depends(get_db)):
    appointment = db.get(Appointment, appointment_id)
    if appointment is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    appointment.status = "cancelled"
    db.commit()


@router.get("/{appointment_id}/attachments/{attachment_id}")
def attachment(appointment_id: int, attachment_id: int,
               user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    appointment = _own_appointment(db, appointment_id, user)
    for item in appointment.attachments:
        if item.id == attachment_id:
            return {"name": item.filename, "url": item.signed_url()}
    raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)


@router.get("/clinic/{clinic_id}/today", response_model=list[AppointmentOut])
def clinic_today(clinic_id: int, staff: User = Depends(require_role("staff", "admin")),
                 db: Session = Depends(get_db)):
    clinic = db.scalar(
        select(Clinic).join(Clinic.staff).where(Clinic.id == clinic_id, User.id == staff.id)
    )
    if clinic is None:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    start = datetime.utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    rows = db.scalars(
        select(Appointment).where(Appointment.clinic_id == clinic.id,
                                  Appointment.starts_at >= start)
    )
    return list(rows)


@router.get("/{appointment_id}/invoice")
def invoice(appointment_id: int, user: User = Depends(get_current_user),
            db: Session = Depends(get_db)):
    appointment = db.scalar(select(Appointment).where(Appointment.id == appointment_id))
    if appointment is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return {"appointment": appointment.id, "amount": appointment.fee_cents,
            "insurer": appointment.patient.insurer_name}
