from flask import Blueprint, abort, g, jsonify, request

from .models import Stay, db

staff_bp = Blueprint("staff", __name__)


@staff_bp.before_request
def caretaker_only():
    g.caretaker_id = request.headers.get("X-Caretaker-Id")
    if not g.caretaker_id:
        abort(401)


@staff_bp.post("/stays/<int:stay_id>/checkout")
def checkout(stay_id):
    stay = Stay.query.get_or_404(stay_id)
    stay.checked_out_by = g.caretaker_id
    db.session.commit()
    return jsonify(stay.to_dict())


@staff_bp.get("/trace")
def trace():
    return jsonify({"trace": request.headers.get("X-Trace-Id", "")})
