from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import ExtractionSlot, Keeper
from ..security import current_keeper, require_steward

router = APIRouter(prefix="/extraction", tags=["extraction"])


class SlotRequest(BaseModel):
    starts_at: datetime
    supers: int = Field(ge=1, le=12)


@router.post("/slots", status_code=201)
def request_slot(body: SlotRequest, keeper: Keeper = Depends(current_keeper), db: Session = Depends(get_db)):
    slot = ExtractionSlot(keeper_id=keeper.id, starts_at=body.starts_at, supers=body.supers)
    db.add(slot)
    db.commit()
    return {"id": slot.id, "status": slot.status}


@router.post("/slots/{slot_id}/approve")
def approve_slot(slot_id: int, keeper: Keeper = Depends(current_keeper), db: Session = Depends(get_db)):
    slot = db.get(ExtractionSlot, slot_id)
    if slot is None:
        raise HTTPException(404)
    owner = db.get(Keeper, slot.keeper_id)
    owner.extractor_credits -= slot.supers
    slot.status = "approved"
    db.commit()
    return {"id": slot.id, "status": slot.status}


@router.post("/slots/{slot_id}/reject")
def reject_slot(slot_id: int, steward: Keeper = Depends(require_steward), db: Session = Depends(get_db)):
    slot = db.get(ExtractionSlot, slot_id)
    if slot is None:
        raise HTTPException(404)
    slot.status = "rejected"
    db.commit()
    return {"id": slot.id, "status": slot.status}
