from datetime import date

from flask import Blueprint, abort, g, jsonify, render_template, request

from auth import load_singer
from models import Absence, db

members_bp = Blueprint("members", __name__)
members_bp.before_request(load_singer)

PROFILE_FIELDS = ("name", "phone", "voice")


@members_bp.get("/")
def dashboard():
    absences = Absence.query.filter_by(singer_id=g.singer.id).order_by(Absence.rehearsal_date)
    return render_template("dashboard.html", singer=g.singer, absences=absences)


@members_bp.post("/absences")
def report_absence():
    data = request.get_json()
    absence = Absence(singer_id=g.singer.id,
                      rehearsal_date=date.fromisoformat(data["date"]),
                      reason=data.get("reason", ""))
    db.session.add(absence)
    db.session.commit()
    return jsonify(id=absence.id), 201


@members_bp.get("/absences/<int:absence_id>")
def show_absence(absence_id):
    absence = Absence.query.get_or_404(absence_id)
    return jsonify(id=absence.id, date=absence.rehearsal_date.isoformat(), reason=absence.reason)


@members_bp.delete("/absences/<int:absence_id>")
def withdraw_absence(absence_id):
    absence = Absence.query.filter_by(id=absence_id, singer_id=g.singer.id).first_or_404()
    db.session.delete(absence)
    db.session.commit()
    return "", 204


@members_bp.patch("/me")
def update_profile():
    data = request.get_json() or {}
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(g.singer, field, data[field])
    db.session.commit()
    return jsonify(id=g.singer.id, name=g.singer.name)


@members_bp.put("/me/settings")
def replace_settings():
    for key, value in request.get_json().items():
        setattr(g.singer, key, value)
    db.session.commit()
    return jsonify(ok=True)


@members_bp.post("/me/email")
def change_email():
    g.singer.email = request.form["email"].strip().lower()
    db.session.commit()
    return jsonify(ok=True)


@members_bp.get("/absences/<int:absence_id>/edit")
def edit_absence(absence_id):
    absence = db.session.get(Absence, absence_id)
    if absence is None or absence.singer_id != g.singer.id:
        abort(404)
    return render_template("absence_form.html", absence=absence)
