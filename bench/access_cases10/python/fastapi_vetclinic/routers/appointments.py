from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..db import get_db
from ..deps import get_current_user, kiosk_staff, require_vet
from ..models import Appointment, StaffMember, User

router = APIRouter(prefix="/appointments", tags=["appointments"])


class BookingIn(BaseModel):
    pet_id: int
    starts_at: datetime
    reason: str


def owned_appointment(db: Session, appointment_id: int, user: User) -> Appointment:
    appt = (db.query(Appointment)
            .filter(Appointment.id == appointment_id, Appointment.client_id == user.id)
            .one_or_none())
    if appt is None:
        raise HTTPException(404, "no such appointment")
    return appt


@router.get("/mine")
def upcoming(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return (db.query(Appointment).filter(Appointment.client_id == user.id)
            .filter(Appointment.starts_at >= datetime.utcnow()).all())


@router.get("/history")
def history(client_id: int = Query(...), db: Session = Depends(get_db)):
    return (db.query(Appointment).filter(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at.desc()).all())


@router.post("/", status_code=201)
def book(body: BookingIn, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    appt = Appointment(client_id=user.id, pet_id=body.pet_id, starts_at=body.starts_at,
                       reason=body.reason)
    db.add(appt)
    db.commit()
    return appt


@router.post("/{appointment_id}/reschedule")
def reschedule(appointment_id: int, starts_at: datetime, db: Session = Depends(get_db),
               user: User = Depends(get_current_user)):
    appt = owned_appointment(db, appointment_id, user)
    appt.starts_at = starts_at
    db.commit()
    return appt


@router.post("/{appointment_id}/cancel")
def cancel(appointment_id: int, db: Session = Depends(get_db)):
    appt = db.get(Appointment, appointment_id)
    if appt is None:
        raise HTTPException(404)
    appt.status = "cancelled"
    db.commit()
    return {"ok": True}


@router.post("/{appointment_id}/check-in")
def check_in(appointment_id: int, db: Session = Depends(get_db),
             staff: StaffMember = Depends(kiosk_staff)):
    appt = db.get(Appointment, appointment_id)
    if appt is None:
        raise HTTPException(404)
    appt.checked_in_by = staff.id
    db.commit()
    return appt


@router.get("/day/{day}")
def day_sheet(day: str, db: Session = Depends(get_db), vet: User = Depends(require_vet)):
    # Vets see the whole clinic's schedule for the day.
    return db.query(Appointment).filter(Appointment.day == day).all()
