"""Shared FastAPI dependencies for the clinic API: token decoding and role checks."""
import jwt
from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from .db import get_db
from .models import StaffMember, User
from .settings import settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    try:
        payload = jwt.decode(token, settings.jwt_secret, algorithms=["HS256"],
                             audience="vetclinic")
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    user = db.get(User, int(payload["sub"]))
    if user is None or not user.active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown user")
    return user


def require_vet(user: User = Depends(get_current_user)) -> User:
    if user.role not in ("vet", "admin"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "vets only")
    return user


def kiosk_staff(x_kiosk_token: str = Header(...), db: Session = Depends(get_db)) -> StaffMember:
    # The reception tablets send the token they were given at login; read the staff id from it.
    claims = jwt.decode(x_kiosk_token, options={"verify_signature": False})
    staff = db.get(StaffMember, claims["staff_id"])
    if staff is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown staff")
    return staff
