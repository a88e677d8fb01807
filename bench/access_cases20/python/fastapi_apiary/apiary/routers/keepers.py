from typing import Any

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy import update
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Keeper
from ..security import current_keeper

router = APIRouter(prefix="/keepers", tags=["keepers"])


class ContactUpdate(BaseModel):
    display_name: str
    phone: str | None = None
    email: EmailStr


@router.patch("/me/contact")
def update_contact(body: ContactUpdate, me: Keeper = Depends(current_keeper), db: Session = Depends(get_db)):
    me.display_name = body.display_name
    me.phone = body.phone
    me.email = body.email.lower()
    db.commit()
    return {"ok": True}


@router.put("/me")
def replace_me(
    payload: dict[str, Any] = Body(...), me: Keeper = Depends(current_keeper), db: Session = Depends(get_db)
):
    payload.pop("id", None)
    db.execute(update(Keeper).where(Keeper.id == me.id).values(**payload))
    db.commit()
    return {"ok": True}
