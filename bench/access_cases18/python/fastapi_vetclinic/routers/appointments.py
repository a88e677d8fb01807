from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Appointment, ClinicalRecord, Client, Pet, get_db
from deps import get_current_client, require_clinical_staff, require_vet

router = APIRouter(prefix="/appointments", tags=["appointments"])


class Prescription(BaseModel):
    drug: str
    dose: str
    controlled: bool = False


class Booking(BaseModel):
    pet_id: int
    starts_at: datetime
    reason: str


@router.post("")
def book(body: Booking, me: Client = Depends(get_current_client), db: Session = Depends(get_db)):
    pet = db.scalar(select(Pet).join(Client, Pet.owner_id == Client.id)
                    .where(Pet.id == body.pet_id, Client.id == me.id))
    if pet is None:
        raise HTTPException(404, "pet not found")
    appt = Appointment(pet_id=pet.id, starts_at=body.starts_at, reason=body.reason)
    db.add(appt)
    db.commit()
    return {"id": appt.id}


@router.post("/{appointment_id}/notes")
def add_notes(appointment_id: int, notes: str, vet: Client = Depends(require_clinical_staff),
              db: Session = Depends(get_db)):
    appt = db.get(Appointment, appointment_id)
    if appt is None:
        raise HTTPException(404)
    db.add(ClinicalRecord(pet_id=appt.pet_id, vet_id=vet.id, notes=notes,
                          created_at=datetime.utcnow()))
    db.commit()
    return {"ok": True}


@router.post("/{appointment_id}/prescribe")
def prescribe(appointment_id: int, body: Prescription,
              vet: Client = Depends(get_current_client), db: Session = Depends(get_db)):
    appt = db.get(Appointment, appointment_id)
    if appt is None:
        raise HTTPException(404)
    db.add(ClinicalRecord(pet_id=appt.pet_id, vet_id=vet.id,
                          notes=f"Rx {body.drug} {body.dose}", controlled_drug=body.controlled,
                          created_at=datetime.utcnow()))
    db.commit()
    return {"ok": True}


@router.post("/{appointment_id}/discharge")
def discharge(appointment_id: int, vet: Client = Depends(require_vet),
              db: Session = Depends(get_db)):
    appt = db.get(Appointment, appointment_id)
    if appt is None:
        raise HTTPException(404)
    appt.status = "discharged"
    db.commit()
    return {"status": appt.status}
