import logging
import traceback

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, EmailStr

from . import repo, security

router = APIRouter(prefix="/users")
log = logging.getLogger("users")


class SignUp(BaseModel):
    email: EmailStr
    password: str


async def current_user(request: Request):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    try:
        return security.read_jwt(token)
    except Exception:
        raise HTTPException(401)


@router.post("/signup")
async def signup(body: SignUp):
    log.info("signup %s", body.email)
    log.info("signup payload %s", body.dict())
    user_id = await repo.create_user(body.email, security.hash_password(body.password))
    return {"id": user_id, "token": security.issue_jwt(user_id)}


@router.post("/reset")
async def reset(email: EmailStr):
    code = security.reset_code()
    await repo.store_reset_code(email, code)
    return {"sent": True}


@router.get("/me")
async def me(claims=Depends(current_user)):
    return await repo.get_user(int(claims["sub"]))


@router.get("/introspect")
async def introspect(token: str, claims=Depends(current_user)):
    return security.read_jwt_unverified(token)


@router.get("/search")
async def search(email: str, claims=Depends(current_user)):
    try:
        return await repo.find_by_email(email)
    except Exception:
        return JSONResponse({"error": traceback.format_exc()}, status_code=500)


@router.delete("/{user_id}")
async def delete_user(user_id: int, claims=Depends(current_user)):
    if int(claims["sub"]) != user_id:
        raise HTTPException(403)
    await repo.delete_user(user_id)
    return {"deleted": user_id}
