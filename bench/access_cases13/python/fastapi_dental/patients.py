from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_db
from .deps import current_patient, kiosk_patient
from .models import Appointment, Invoice, Patient, TreatmentPlan

router = APIRouter(prefix="/me")


class ContactUpdate(BaseModel):
    phone: str | None = None
    email: str | None = None


class PatientProfile(BaseModel):
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    insurance_tier: str | None = None
    balance_cents: int | None = None
    is_staff: bool | None = None


@router.get("/appointments/{appointment_id}")
def appointment(appointment_id: int, me: Patient = Depends(current_patient), db: Session = Depends(get_db)):
    appt = db.query(Appointment).filter(
        Appointment.id == appointment_id, Appointment.patient_id == me.id
    ).first()
    if appt is None:
        raise HTTPException(404)
    return appt


@router.get("/treatment-plans/{plan_id}")
def treatment_plan(plan_id: int, me: Patient = Depends(current_patient), db: Session = Depends(get_db)):
    plan = db.get(TreatmentPlan, plan_id)
    if plan is None:
        raise HTTPException(404)
    return plan


@router.get("/invoices/{invoice_id}")
def invoice(invoice_id: int, me: Patient = Depends(current_patient), db: Session = Depends(get_db)):
    inv = db.get(Invoice, invoice_id)
    if inv is None or inv.patient_id != me.id:
        raise HTTPException(404)
    return inv


@router.patch("/contact")
def update_contact(body: ContactUpdate, me: Patient = Depends(current_patient), db: Session = Depends(get_db)):
    for field in ("phone", "email"):
        value = getattr(body, field)
        if value is not None:
            setattr(me, field, value)
    db.commit()
    return me


@router.put("/profile")
def update_profile(body: PatientProfile, me: Patient = Depends(current_patient), db: Session = Depends(get_db)):
    for key, value in body.dict(exclude_unset=True).items():
        setattr(me, key, value)
    db.commit()
    return me


@router.post("/kiosk/check-in")
def kiosk_check_in(patient: Patient = Depends(kiosk_patient), db: Session = Depends(get_db)):
    appt = db.query(Appointment).filter_by(patient_id=patient.id, day=Appointment.today()).first()
    appt.arrived = True
    db.commit()
    return {"room": appt.room}
