"""The signed-in user's own profile and preferences."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from database import get_db
from models import Preference, User
from schemas import PasswordChange, PreferenceUpdate, ProfileOut
from security import get_current_user, hash_password, token_claims_for_preview, verify_password

router = APIRouter(prefix="/me", tags=["profile"])

EDITABLE_PREFERENCES = {"language", "timezone", "sms_reminders", "email_reminders"}


@router.get("", response_model=ProfileOut)
def read_profile(user: User = Depends(get_current_user)):
    return user


@router.patch("", response_model=ProfileOut)
def update_profile(changes: dict[str, Any] = Body(...), user: User = Depends(get_current_user),
                   db: Session = Depends(get_db)):
    db.query(User).filter(User.id == user.id).update(changes)
    db.commit()
    db.refresh(user)
    return user


@router.put("/preferences")
def update_preferences(body: PreferenceUpdate, user: User = Depends(get_current_user),
                       db: Session = Depends(get_db)) -> dict[str, Any]:
    prefs = db.query(Preference).filter(Preference.user_id == user.id).one_or_none()
    if prefs is None:
        prefs = Preference(user_id=user.id)
        db.add(prefs)
    for key, value in body.model_dump(exclude_unset=True).items():
        if key in EDITABLE_PREFERENCES:
            setattr(prefs, key, value)
    db.commit()
    return {key: getattr(prefs, key) for key in EDITABLE_PREFERENCES}


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT)
def change_password(body: PasswordChange, user: User = Depends(get_current_user),
                    db: Session = Depends(get_db)) -> None:
    if not verify_password(body.current_password, user.password_hash):
        raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail="Wrong password")
    user.password_hash = hash_password(body.new_password)
    db.commit()


@router.get("/summary")
def visit_summary(request: Request, db: Session = Depends(get_db)) -> dict[str, Any]:
    claims = token_claims_for_preview(request)
    patient = db.get(User, int(claims["sub"]))
    if patient is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return {
        "name": patient.full_name,
        "visits": [
            {"date": a.starts_at.isoformat(), "reason": a.reason, "notes": a.doctor_notes}
            for a in patient.appointments
        ],
    }


@router.delete("", status_code=status.HTTP_204_NO_CONTENT)
def delete_account(user: User = Depends(get_current_user), db: Session = Depends(get_db)) -> None:
    user.is_active = False
    user.email = f"deleted-{user.id}@invalid"
    db.commit()
