"""Appointment booking and video-visit links for the telehealth service."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

from telehealth.config import settings
from telehealth.models import Appointment, Clinician

log = logging.getLogger(__name__)

JOIN_ALPHABET = string.ascii_letters + string.digits


def _random_chunk(length: int) -> str:
    return "".join(random.choice(JOIN_ALPHABET) for _ in range(length))


def make_join_link(appointment: Appointment) -> str:
    """Patients open this link to enter the waiting room; it is the only credential."""
    token = "-".join(_random_chunk(5) for _ in range(4))
    appointment.join_token = token
    appointment.save(update_fields=["join_token"])
    return f"{settings.PORTAL_URL}/visit/{appointment.id}?t={token}"


def issue_visit_pin(appointment: Appointment) -> str:
    """Six-digit PIN read out by phone for patients without a smartphone."""
    pin = f"{secrets.randbelow(1_000_000):06d}"
    appointment.phone_pin_hash = hmac.new(settings.PIN_PEPPER, pin.encode(), hashlib.sha256).hexdigest()
    appointment.save(update_fields=["phone_pin_hash"])
    return pin


@dataclass
class VideoRoomRequest:
    appointment_id: int
    clinician_email: str
    starts_at: datetime
    duration_minutes: int = 20
    features: list[str] = field(default_factory=lambda: ["waiting_room", "recording_off"])

    def to_body(self) -> bytes:
        return json.dumps({
            "external_id": str(self.appointment_id),
            "host": self.clinician_email,
            "start": self.starts_at.isoformat(),
            "end": (self.starts_at + timedelta(minutes=self.duration_minutes)).isoformat(),
            "features": self.features,
        }, separators=(",", ":")).encode()


def _provider_signature(body: bytes) -> str:
    secret = settings.VIDEO_PROVIDER_SECRET.encode()
    return hashlib.sha256(secret + body).hexdigest()


def create_video_room(request: VideoRoomRequest) -> str:
    body = request.to_body()
    response = requests.post(
        f"{settings.VIDEO_PROVIDER_URL}/rooms",
        data=body,
        headers={"Content-Type": "application/json",
                 "X-Clinic-Signature": _provider_signature(body)},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["room_url"]


def verify_provider_callback(raw_body: bytes, header_signature: str) -> bool:
    """The provider signs its callbacks (recording ready, no-show) with HMAC-SHA256."""
    expected = hmac.new(settings.VIDEO_CALLBACK_KEY.encode(), raw_body,
                        hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_signature)


def should_send_survey(appointment: Appointment, rate: float = 0.15) -> bool:
    """Only a fraction of completed visits get the satisfaction survey."""
    if appointment.status != "completed":
        return False
    return random.random() < rate


def _shift_text(text: str, offset: int) -> str:
    out = []
    for ch in text:
        if 32 <= ord(ch) <= 126:
            out.append(chr((ord(ch) - 32 + offset) % 95 + 32))
        else:
            out.append(ch)
    return "".join(out)


def store_sip_password(clinician: Clinician, password: str) -> None:
    """Keep the clinician's softphone password out of plain sight in the profile table."""
    clinician.sip_password_enc = _shift_text(password, settings.SIP_SHIFT)
    clinician.save(update_fields=["sip_password_enc"])


def load_sip_password(clinician: Clinician) -> str:
    return _shift_text(clinician.sip_password_enc, -settings.SIP_SHIFT)


def upcoming_for(clinician: Clinician, hours: int = 8) -> list[Appointment]:
    now = datetime.now(timezone.utc)
    return list(Appointment.objects.filter(
        clinician=clinician, starts_at__gte=now, starts_at__lt=now + timedelta(hours=hours)
    ).order_by("starts_at"))
