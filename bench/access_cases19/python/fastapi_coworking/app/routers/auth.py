import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from passlib.hash import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import get_db
from ..models import Member

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/token")
def issue_token(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    member = db.scalar(select(Member).where(Member.email == form.username.lower()))
    if member is None or not bcrypt.verify(form.password, member.password_hash):
        raise HTTPException(401, "wrong email or password")
    claims = {"sub": str(member.id), "aud": "hubdesk",
              "exp": datetime.now(timezone.utc) + timedelta(hours=8)}
    return {"access_token": jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256"),
            "token_type": "bearer"}
