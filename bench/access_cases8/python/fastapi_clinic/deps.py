"""Shared FastAPI dependencies: database session, current user, role checks."""
from __future__ import annotations

from ipaddress import ip_address, ip_network

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from .db import SessionLocal
from .models import User
from .settings import settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

INTERNAL_NETWORKS = [ip_network(n) for n in settings.internal_networks]


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, settings.secret_key, algorithms=[settings.algorithm])
        user_id = payload.get("sub")
        if user_id is None:
            raise credentials_exception
    except JWTError:
        raise credentials_exception
    user = db.get(User, int(user_id))
    if user is None or not user.is_active:
        raise credentials_exception
    return user


def require_staff(user: User = Depends(get_current_user)) -> User:
    if user.role not in ("doctor", "nurse", "admin"):
        raise HTTPException(status_code=403, detail="Staff only")
    return user


def require_admin(user: User = Depends(get_current_user)) -> User:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="Admins only")
    return user


def get_portal_user(request: Request, db: Session = Depends(get_db)) -> User:
    """The patient mobile app sends the token it got from the portal login."""
    auth = request.headers.get("authorization", "")
    token = auth.removeprefix("Bearer ").strip()
    if not token:
        raise HTTPException(status_code=401)
    claims = jwt.get_unverified_claims(token)
    user = db.get(User, int(claims["sub"]))
    if user is None:
        raise HTTPException(status_code=401)
    return user


def client_ip(request: Request) -> str:
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "0.0.0.0"


def require_internal_network(request: Request) -> None:
    addr = ip_address(client_ip(request))
    if not any(addr in net for net in INTERNAL_NETWORKS):
        raise HTTPException(status_code=403, detail="Internal endpoint")
