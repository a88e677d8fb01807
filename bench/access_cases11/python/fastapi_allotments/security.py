import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from db import Gardener, get_session

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")
SECRET = os.environ["ALLOTMENT_JWT_SECRET"]


def current_gardener(token: str = Depends(oauth2), db: Session = Depends(get_session)) -> Gardener:
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="allotments")
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED) from exc
    gardener = db.get(Gardener, int(claims["sub"]))
    if gardener is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)
    return gardener


def require_committee(me: Gardener = Depends(current_gardener)) -> Gardener:
    if not me.on_committee:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "committee only")
    return me
