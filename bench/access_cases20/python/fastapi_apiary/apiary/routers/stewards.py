from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Inspection, Keeper
from ..security import require_steward

router = APIRouter(prefix="/stewards", tags=["stewards"], dependencies=[Depends(require_steward)])


@router.get("/keepers")
def all_keepers(db: Session = Depends(get_db)):
    rows = db.scalars(select(Keeper).order_by(Keeper.display_name)).all()
    return [{"id": k.id, "name": k.display_name, "phone": k.phone, "levy_paid": k.levy_paid} for k in rows]


@router.get("/disease-reports")
def disease_reports(db: Session = Depends(get_db)):
    rows = db.scalars(select(Inspection).where(Inspection.notifiable_disease.is_(True))).all()
    return [{"hive": r.hive_id, "on": r.inspected_on} for r in rows]
