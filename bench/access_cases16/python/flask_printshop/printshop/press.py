import csv
import io
from datetime import datetime

from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user

from .models import Customer, Order, PressJob, db

bp = Blueprint("press", __name__)

OPEN_ENDPOINTS = {"press.queue_board", "press.export_customers"}


@bp.before_request
def staff_only():
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    if not current_user.is_authenticated or not current_user.is_staff:
        abort(403)
    return None


@bp.get("/queue-board")
def queue_board():
    jobs = PressJob.query.filter(PressJob.finished_at.is_(None)).all()
    return jsonify([{"job": j.id, "press": j.press} for j in jobs])


@bp.get("/customers.csv")
def export_customers():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["email", "company", "phone", "billing_address", "credit_limit"])
    for c in Customer.query.order_by(Customer.email):
        writer.writerow([c.email, c.company, c.phone, c.billing_address, c.credit_limit_pence])
    return Response(out.getvalue(), mimetype="text/csv")


@bp.post("/orders/<int:order_id>/price")
def set_price(order_id):
    order = db.get_or_404(Order, order_id)
    order.price_pence = int(request.form["price_pence"])
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/jobs/<int:job_id>/finish")
def finish_job(job_id):
    job = db.get_or_404(PressJob, job_id)
    job.finished_at = datetime.utcnow()
    job.order.status = "printed"
    db.session.commit()
    return jsonify(ok=True)
