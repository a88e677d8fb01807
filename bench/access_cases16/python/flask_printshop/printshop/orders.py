from flask import Blueprint, abort, jsonify, render_template, request, send_file
from flask_login import current_user, login_required

from . import csrf
from .models import Order, db

bp = Blueprint("orders", __name__)

EDITABLE_PROFILE = ("company", "phone", "billing_address")


@bp.before_request
@login_required
def _signed_in():
    pass


@bp.get("/")
def index():
    orders = Order.query.filter_by(customer_id=current_user.id).order_by(Order.created_at.desc())
    return render_template("orders/index.html", orders=orders)


@bp.get("/<int:order_id>")
def show(order_id):
    order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()
    return render_template("orders/show.html", order=order)


@bp.get("/<int:order_id>/proof")
def proof(order_id):
    order = Order.query.get_or_404(order_id)
    if not order.proof_path:
        abort(404)
    return send_file(order.proof_path, mimetype="application/pdf")


@bp.get("/<int:order_id>/invoice")
def invoice(order_id):
    order = db.get_or_404(Order, order_id)
    if order.customer != current_user:
        abort(404)
    return render_template("orders/invoice.html", order=order)


@bp.post("/<int:order_id>/approve-proof")
def approve_proof(order_id):
    order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()
    order.status = "approved"
    db.session.commit()
    return jsonify(status=order.status)


@bp.post("/<int:order_id>/cancel")
@csrf.exempt
def cancel(order_id):
    order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()
    if order.status not in ("received", "proofing"):
        abort(409)
    order.status = "cancelled"
    db.session.commit()
    return jsonify(status="cancelled")


@bp.post("/account")
def update_account():
    for key, value in request.form.items():
        if hasattr(current_user, key):
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/account/contact")
def update_contact():
    for key in EDITABLE_PROFILE:
        if key in request.form:
            setattr(current_user, key, request.form[key].strip())
    db.session.commit()
    return jsonify(ok=True)
