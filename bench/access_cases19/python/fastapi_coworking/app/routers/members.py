from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ..deps import get_current_member, get_db
from ..models import Member

router = APIRouter(prefix="/members", tags=["members"])


class ContactUpdate(BaseModel):
    phone: str | None = Field(default=None, max_length=40)
    company: str | None = Field(default=None, max_length=120)


def _public(member: Member) -> dict:
    return {"id": member.id, "name": member.name, "email": member.email,
            "company": member.company, "plan": member.plan, "credit_hours": member.credit_hours}


@router.get("/me")
def read_me(me: Member = Depends(get_current_member)):
    return _public(me)


@router.patch("/me/contact")
def update_contact(body: ContactUpdate, me: Member = Depends(get_current_member),
                   db: Session = Depends(get_db)):
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(me, field, value)
    db.commit()
    return _public(me)


@router.put("/me/preferences")
def update_preferences(prefs: dict = Body(...), me: Member = Depends(get_current_member),
                       db: Session = Depends(get_db)):
    # the app sends back the whole profile object it got from GET /members/me
    for key, value in prefs.items():
        if key in ("id", "password_hash"):
            continue
        if hasattr(me, key):
            setattr(me, key, value)
    db.commit()
    return _public(me)
