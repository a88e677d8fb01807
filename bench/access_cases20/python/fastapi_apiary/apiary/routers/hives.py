from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Hive, Inspection, Keeper
from ..security import current_keeper, keeper_from_field_app

router = APIRouter(prefix="/hives", tags=["hives"])


class InspectionIn(BaseModel):
    inspected_on: date
    notes: str
    notifiable_disease: bool = False


def owned_hive(db: Session, hive_id: int, keeper: Keeper) -> Hive:
    hive = db.scalar(select(Hive).where(and_(Hive.id == hive_id, Hive.keeper_id == keeper.id)))
    if hive is None:
        raise HTTPException(404, "no such hive")
    return hive


@router.get("")
def my_hives(keeper: Keeper = Depends(current_keeper)):
    return [{"id": h.id, "site": h.apiary_site} for h in keeper.hives]


@router.get("/{hive_id}")
def hive_detail(hive_id: int, keeper: Keeper = Depends(current_keeper), db: Session = Depends(get_db)):
    hive = owned_hive(db, hive_id, keeper)
    return {"id": hive.id, "site": hive.apiary_site, "queen_marked": hive.queen_marked}


@router.get("/{hive_id}/inspections")
def hive_inspections(hive_id: int, keeper: Keeper = Depends(current_keeper), db: Session = Depends(get_db)):
    rows = db.scalars(
        select(Inspection).where(Inspection.hive_id == hive_id).order_by(Inspection.inspected_on.desc())
    ).all()
    return [{"on": r.inspected_on, "notes": r.notes, "disease": r.notifiable_disease} for r in rows]


@router.post("/{hive_id}/inspections", status_code=201)
def record_inspection(
    hive_id: int,
    body: InspectionIn,
    keeper: Keeper = Depends(keeper_from_field_app),
    db: Session = Depends(get_db),
):
    hive = owned_hive(db, hive_id, keeper)
    row = Inspection(hive_id=hive.id, **body.model_dump())
    db.add(row)
    db.commit()
    return {"id": row.id}
