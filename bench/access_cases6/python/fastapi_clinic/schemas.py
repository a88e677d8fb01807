"""Request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class TokenResponse(BaseModel):
    access_token: str
    token_type: str


class SignupRequest(BaseModel):
    email: EmailStr
    full_name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=12, max_length=128)


class PasswordChange(BaseModel):
    current_password: str
    new_password: str = Field(min_length=12, max_length=128)


class ProfileOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: EmailStr
    full_name: str
    date_of_birth: Optional[date] = None
    insurer_name: Optional[str] = None
    role: str


class UserOut(ProfileOut):
    is_active: bool
    created_at: datetime


class RoleChange(BaseModel):
    role: Literal["patient", "staff", "admin"]


class PreferenceUpdate(BaseModel):
    language: Optional[str] = Field(default=None, max_length=8)
    timezone: Optional[str] = Field(default=None, max_length=64)
    sms_reminders: Optional[bool] = None
    email_reminders: Optional[bool] = None


class AppointmentCreate(BaseModel):
    clinic_id: int
    starts_at: datetime
    reason: str = Field(max_length=500)


class AppointmentUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_at: Optional[datetime] = None
    reason: Optional[str] = Field(default=None, max_length=500)


class AppointmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    clinic_id: int
    starts_at: datetime
    reason: str
    status: str
