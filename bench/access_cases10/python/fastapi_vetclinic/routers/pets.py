from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..db import get_db
from ..deps import get_current_user
from ..models import MedicalNote, Pet, User

router = APIRouter(prefix="/pets", tags=["pets"], dependencies=[Depends(get_current_user)])


class PetIn(BaseModel):
    name: str
    species: str
    birth_year: int | None = None


class PetPatch(BaseModel):
    name: str | None = None
    species: str | None = None
    birth_year: int | None = None
    owner_id: int | None = None
    microchip_verified: bool | None = None


@router.get("/")
def my_pets(db: Session = Depends(get_db), me: User = Depends(get_current_user)):
    return db.query(Pet).filter(Pet.owner_id == me.id).order_by(Pet.name).all()


@router.post("/", status_code=201)
def add_pet(body: PetIn, db: Session = Depends(get_db), me: User = Depends(get_current_user)):
    pet = Pet(**body.model_dump(), owner_id=me.id)
    db.add(pet)
    db.commit()
    return pet


@router.get("/{pet_id}/notes")
def pet_notes(pet_id: int, db: Session = Depends(get_db)):
    pet = db.get(Pet, pet_id)
    if pet is None:
        raise HTTPException(404)
    return db.query(MedicalNote).filter(MedicalNote.pet_id == pet.id).all()


@router.patch("/{pet_id}")
def edit_pet(pet_id: int, body: PetPatch, db: Session = Depends(get_db),
             me: User = Depends(get_current_user)):
    pet = db.query(Pet).filter(Pet.id == pet_id, Pet.owner_id == me.id).first()
    if pet is None:
        raise HTTPException(404)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(pet, field, value)
    db.commit()
    return pet


@router.delete("/{pet_id}", status_code=204)
def remove_pet(pet_id: int, db: Session = Depends(get_db), me: User = Depends(get_current_user)):
    pet = db.get(Pet, pet_id)
    if pet is None or pet.owner_id != me.id:
        raise HTTPException(404)
    db.delete(pet)
    db.commit()
