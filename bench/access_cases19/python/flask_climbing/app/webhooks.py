import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from . import csrf, db
from .models import Pass

bp = Blueprint("webhooks", __name__)


@bp.post("/payments")
@csrf.exempt
def payment_webhook():
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(400)
    event = request.get_json()
    if event["type"] == "pass.purchased":
        db.session.add(Pass(member_id=event["member_id"], kind=event["kind"],
                            visits_left=10 if event["kind"] == "10-visit" else None))
        db.session.commit()
    return "", 204
