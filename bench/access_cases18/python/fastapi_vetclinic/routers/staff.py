from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import ClinicalRecord, Client, get_db
from deps import require_vet

router = APIRouter(prefix="/staff", tags=["staff"], dependencies=[Depends(require_vet)])


@router.get("/controlled-drugs")
def controlled_drug_register(db: Session = Depends(get_db)):
    rows = db.scalars(select(ClinicalRecord).where(ClinicalRecord.controlled_drug.is_(True))).all()
    return [{"pet_id": r.pet_id, "vet_id": r.vet_id, "notes": r.notes} for r in rows]


@router.get("/clients")
def client_directory(db: Session = Depends(get_db)):
    rows = db.scalars(select(Client).order_by(Client.name)).all()
    return [{"id": c.id, "name": c.name, "email": c.email, "role": c.role} for c in rows]
