import os
from collections.abc import Iterator

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from .db import SessionLocal
from .models import Member

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")
JWT_SECRET = os.environ["JWT_SECRET"]


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_current_member(token: str = Depends(oauth2_scheme),
                       db: Session = Depends(get_db)) -> Member:
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"], audience="hubdesk")
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    member = db.get(Member, int(claims["sub"]))
    if member is None or not member.active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown member")
    return member


def require_manager(me: Member = Depends(get_current_member)) -> Member:
    if me.role != "manager":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "managers only")
    return me
