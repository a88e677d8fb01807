import os

import jwt
from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, SecurityScopes
from sqlalchemy.orm import Session

from .db import get_db
from .models import Member, Partner

JWT_KEY = os.environ["WINECLUB_JWT_KEY"]
oauth2 = OAuth2PasswordBearer(tokenUrl="/token", scopes={"cellar": "Cellar storage"})


def get_current_member(security_scopes: SecurityScopes, token: str = Depends(oauth2),
                       db: Session = Depends(get_db)) -> Member:
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="wineclub")
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad token")
    granted = set(claims.get("scope", "").split())
    if not set(security_scopes.scopes) <= granted:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
    member = db.get(Member, int(claims["sub"]))
    if member is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)
    return member


def require_sommelier(member: Member = Depends(get_current_member)) -> Member:
    if not member.is_sommelier:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    return member


def get_partner(x_partner_token: str = Header(...), db: Session = Depends(get_db)) -> Partner:
    claims = jwt.decode(x_partner_token, options={"verify_signature": False})
    partner = db.get(Partner, int(claims["partner_id"]))
    if partner is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)
    return partner
