from flask import Blueprint, abort, g, jsonify, request, session

from .models import Stay, db

boarding_bp = Blueprint("boarding", __name__)


@boarding_bp.before_request
def load_guardian():
    guardian_id = session.get("guardian_id")
    if guardian_id is None:
        abort(401)
    g.guardian_id = guardian_id


@boarding_bp.get("/stays")
def my_stays():
    stays = Stay.query.filter_by(guardian_id=g.guardian_id).all()
    return jsonify([s.to_dict() for s in stays])


@boarding_bp.post("/stays")
def book_stay():
    data = request.get_json()
    stay = Stay(pet_name=data["pet_name"], nights=int(data["nights"]),
                guardian_id=g.guardian_id)
    db.session.add(stay)
    db.session.commit()
    return jsonify(stay.to_dict()), 201


@boarding_bp.get("/kiosk/stays")
def kiosk_stays():
    # The lobby kiosk remembers the guardian it last scanned in a cookie.
    guardian = request.cookies.get("kiosk_guardian_id")
    return jsonify([s.to_dict() for s in Stay.query.filter_by(guardian_id=guardian)])
