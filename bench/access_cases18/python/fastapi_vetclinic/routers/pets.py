from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Appointment, ClinicalRecord, Client, Pet, get_db
from deps import get_current_client, get_kiosk_client

router = APIRouter(prefix="/pets", tags=["pets"])


class PetUpdate(BaseModel):
    name: str | None = Field(default=None, max_length=80)
    diet_notes: str | None = Field(default=None, max_length=2000)


@router.get("")
def list_pets(me: Client = Depends(get_current_client), db: Session = Depends(get_db)):
    pets = db.scalars(select(Pet).where(Pet.owner_id == me.id).order_by(Pet.name)).all()
    return [{"id": p.id, "name": p.name, "species": p.species} for p in pets]


def _own_pet(db: Session, pet_id: int, me: Client) -> Pet:
    pet = db.scalar(select(Pet).where(Pet.id == pet_id, Pet.owner_id == me.id))
    if pet is None:
        raise HTTPException(404, "pet not found")
    return pet


@router.patch("/{pet_id}")
def update_pet(pet_id: int, body: PetUpdate, me: Client = Depends(get_current_client),
               db: Session = Depends(get_db)):
    pet = _own_pet(db, pet_id, me)
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(pet, key, value)
    db.commit()
    return {"id": pet.id, "name": pet.name}


@router.get("/{pet_id}/records")
def clinical_records(pet_id: int, me: Client = Depends(get_current_client),
                     db: Session = Depends(get_db)):
    pet = db.get(Pet, pet_id)
    if pet is None:
        raise HTTPException(404, "pet not found")
    records = db.scalars(
        select(ClinicalRecord).where(ClinicalRecord.pet_id == pet.id)
        .order_by(ClinicalRecord.created_at.desc())
    ).all()
    return {"pet": pet.name, "insurance_policy": pet.insurance_policy,
            "records": [{"notes": r.notes, "at": r.created_at.isoformat()} for r in records]}


@router.post("/{pet_id}/check-in")
def kiosk_check_in(pet_id: int, me: Client = Depends(get_kiosk_client),
                   db: Session = Depends(get_db)):
    pet = _own_pet(db, pet_id, me)
    appt = db.scalar(select(Appointment).where(Appointment.pet_id == pet.id,
                                               Appointment.status == "booked")
                     .order_by(Appointment.starts_at))
    if appt is None:
        raise HTTPException(404, "no appointment today")
    appt.status = "arrived"
    db.commit()
    return {"appointment": appt.id, "status": appt.status}
