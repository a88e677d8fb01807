import os

import jwt
from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from db import Client, get_db

JWT_KEY = os.environ["VET_JWT_KEY"]
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_current_client(token: str = Depends(oauth2), db: Session = Depends(get_db)) -> Client:
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="riverside-vets")
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    client = db.get(Client, int(claims["sub"]))
    if client is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown client")
    return client


def require_vet(client: Client = Depends(get_current_client)) -> Client:
    if client.role != "vet":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "vets only")
    return client


def require_clinical_staff(client: Client = Depends(get_current_client)) -> Client:
    if client.role not in ("vet", "nurse"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "clinical staff only")
    return client


def get_kiosk_client(
    x_app_token: str = Header(...), db: Session = Depends(get_db)
) -> Client:
    """Waiting-room tablets send the owner's app token; the tablet cannot refresh keys."""
    claims = jwt.decode(x_app_token, options={"verify_signature": False})
    client = db.get(Client, int(claims["sub"]))
    if client is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown client")
    return client
