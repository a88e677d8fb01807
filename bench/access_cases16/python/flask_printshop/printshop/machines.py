import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from . import csrf
from .models import PressJob, db

bp = Blueprint("machines", __name__)
csrf.exempt(bp)


def machine_name():
    name = request.headers.get("X-Press-Name", "")
    key = request.headers.get("X-Press-Key", "")
    expected = current_app.config["MACHINE_KEYS"].get(name)
    if not expected or not hmac.compare_digest(expected, key):
        abort(401)
    return name


def operator_on_shift():
    operator = request.headers.get("X-Operator")
    if not operator:
        abort(400)
    return operator


@bp.post("/jobs/<int:job_id>/sheets")
def report_sheets(job_id):
    press = machine_name()
    job = PressJob.query.filter_by(id=job_id, press=press).first_or_404()
    job.sheets_printed += int(request.json["sheets"])
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/jobs/<int:job_id>/sign-off")
def sign_off(job_id):
    job = db.get_or_404(PressJob, job_id)
    job.operator = operator_on_shift()
    job.order.status = "quality-checked"
    db.session.commit()
    return jsonify(ok=True, operator=job.operator)
