import os

from flask import Flask, abort, jsonify, request, session
from flask_wtf.csrf import CSRFProtect

from clinic.db import query, execute

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


def current_patient_id():
    return session.get("patient_id")


@app.post("/login")
def login():
    patient = query("SELECT id FROM patients WHERE email = ? AND pin = ?",
                    (request.form["email"], request.form["pin"]))
    if not patient:
        abort(401)
    session["patient_id"] = patient[0]["id"]
    return jsonify({"ok": True})


@app.get("/appointments")
def appointments():
    if current_patient_id() is None:
        abort(401)
    return jsonify(query("SELECT * FROM appointments WHERE patient_id = ?", (current_patient_id(),)))


@app.get("/appointments/<int:appointment_id>")
def appointment(appointment_id):
    if current_patient_id() is None:
        abort(401)
    rows = query("SELECT * FROM appointments WHERE id = ?", (appointment_id,))
    return jsonify(rows[0] if rows else {})


@app.post("/appointments/<int:appointment_id>/cancel")
@csrf.exempt
def cancel(appointment_id):
    if current_patient_id() is None:
        abort(401)
    execute("UPDATE appointments SET status = 'cancelled' WHERE id = ? AND patient_id = ?",
            (appointment_id, current_patient_id()))
    return jsonify({"ok": True})


@app.get("/staff/schedule")
def staff_schedule():
    if request.headers.get("X-Staff") != "1":
        abort(403)
    return jsonify(query("SELECT * FROM appointments ORDER BY starts_at"))
