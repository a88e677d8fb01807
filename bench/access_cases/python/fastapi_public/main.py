import hashlib
import hmac
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, EmailStr

from accounts import authenticate, create_access_token, create_user, get_current_user, send_reset_email

app = FastAPI()
STRIPE_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"].encode()


class SignupIn(BaseModel):
    email: EmailStr
    password: str


class ResetIn(BaseModel):
    email: EmailStr


@app.post("/auth/signup", status_code=201)
def signup(body: SignupIn):
    user = create_user(body.email, body.password)
    return {"id": user.id}


@app.post("/auth/token")
def token(form: OAuth2PasswordRequestForm = Depends()):
    user = authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Bad credentials")
    return {"access_token": create_access_token(user.id), "token_type": "bearer"}


@app.post("/auth/password-reset")
def request_password_reset(body: ResetIn):
    send_reset_email(body.email, secrets.token_urlsafe(32))
    return {"sent": True}


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request, stripe_signature: str = Header(...)):
    payload = await request.body()
    expected = hmac.new(STRIPE_SECRET, payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, stripe_signature):
        raise HTTPException(status_code=400)
    return {"received": True}


@app.get("/account")
def account(user=Depends(get_current_user)):
    return {"id": user.id, "email": user.email}


@app.delete("/account")
def delete_account(user=Depends(get_current_user)):
    user.delete()
    return {"deleted": True}
