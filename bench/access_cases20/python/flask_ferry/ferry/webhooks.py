import hashlib
import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from . import csrf, db
from .models import Sailing

bp = Blueprint("webhooks", __name__)


@bp.post("/port-authority/weather")
@csrf.exempt
def weather_alert():
    secret = current_app.config["PORT_AUTHORITY_SECRET"].encode()
    expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    if not secret or not hmac.compare_digest(expected, request.headers.get("X-PA-Signature", "")):
        abort(401)
    alert = request.get_json()
    for sailing in Sailing.query.filter_by(route=alert["route"], cancelled=False):
        sailing.boarding_closed = alert.get("severity") == "red"
    db.session.commit()
    return jsonify(ok=True)
