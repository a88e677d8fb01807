from datetime import datetime, timedelta

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from auth import is_steward, steward_on_duty
from models import Loan, Tool, db

loans_bp = Blueprint("loans", __name__)


def _as_json(loan):
    return {"id": loan.id, "tool": loan.tool.name, "due_at": loan.due_at.isoformat(),
            "returned": loan.returned_at is not None}


@loans_bp.get("/")
@login_required
def my_loans():
    loans = Loan.query.filter_by(member_id=current_user.id).order_by(Loan.started_at.desc())
    return jsonify([_as_json(loan) for loan in loans])


@loans_bp.post("/")
@login_required
def borrow():
    tool = db.get_or_404(Tool, request.json["tool_id"])
    if tool.retired or not current_user.deposit_paid:
        abort(409)
    loan = Loan(tool_id=tool.id, member_id=current_user.id,
                due_at=datetime.utcnow() + timedelta(days=7))
    db.session.add(loan)
    db.session.commit()
    return jsonify(_as_json(loan)), 201


@loans_bp.get("/<int:loan_id>")
@login_required
def loan_detail(loan_id):
    loan = Loan.query.get_or_404(loan_id)
    data = _as_json(loan)
    data["member"] = {"name": loan.member.display_name, "phone": loan.member.phone}
    return jsonify(data)


@loans_bp.post("/<int:loan_id>/return")
@login_required
def return_loan(loan_id):
    loan = Loan.query.filter_by(id=loan_id, member_id=current_user.id).first_or_404()
    loan.returned_at = datetime.utcnow()
    loan.damage_report = request.json.get("damage_report")
    db.session.commit()
    return jsonify(_as_json(loan))


@loans_bp.post("/<int:loan_id>/waive-late-fee")
def waive_late_fee(loan_id):
    if not is_steward():
        abort(403)
    loan = db.get_or_404(Loan, loan_id)
    loan.due_at = datetime.utcnow() + timedelta(days=1)
    db.session.commit()
    return jsonify(_as_json(loan))


@loans_bp.post("/<int:loan_id>/extend")
@login_required
def extend(loan_id):
    loan = db.first_or_404(db.select(Loan).where(Loan.id == loan_id,
                                                  Loan.member_id == current_user.id))
    loan.due_at = loan.due_at + timedelta(days=7)
    db.session.commit()
    return jsonify(_as_json(loan))


@loans_bp.post("/counter/checkin/<int:loan_id>")
def counter_checkin(loan_id):
    steward = steward_on_duty()
    if steward is None or steward.role != "steward":
        abort(403)
    loan = db.get_or_404(Loan, loan_id)
    loan.returned_at = datetime.utcnow()
    db.session.commit()
    return jsonify(_as_json(loan))
