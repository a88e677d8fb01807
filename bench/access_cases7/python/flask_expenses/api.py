from datetime import date
from decimal import Decimal
from functools import wraps

import jwt
from flask import Blueprint, abort, current_app, g, jsonify, request
from sqlalchemy import delete, select

from .models import Expense, User, db

api_bp = Blueprint("api", __name__)


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            claims = jwt.decode(header[7:], current_app.config["API_TOKEN_KEY"],
                                algorithms=["HS256"], audience="expenses-api")
        except jwt.InvalidTokenError:
            abort(401)
        user = db.session.get(User, int(claims["sub"]))
        if user is None:
            abort(401)
        g.api_user = user
        return view(*args, **kwargs)
    return wrapper


def _coerce(field: str, value):
    if field == "amount":
        return Decimal(str(value))
    if field == "spent_on":
        return date.fromisoformat(value)
    return value


@api_bp.get("/expenses")
@token_required
def list_expenses():
    stmt = select(Expense).where(Expense.owner_id == g.api_user.id).order_by(Expense.id)
    return jsonify([e.to_dict() for e in db.session.scalars(stmt)])


@api_bp.post("/expenses")
@token_required
def create_expense():
    body = request.get_json(force=True)
    expense = Expense(owner_id=g.api_user.id)
    for field in Expense.EDITABLE:
        if field in body:
            setattr(expense, field, _coerce(field, body[field]))
    db.session.add(expense)
    db.session.commit()
    return jsonify(expense.to_dict()), 201


@api_bp.get("/expenses/<int:expense_id>")
@token_required
def get_expense(expense_id: int):
    expense = db.session.scalar(
        select(Expense).filter_by(id=expense_id, owner_id=g.api_user.id))
    if expense is None:
        abort(404)
    return jsonify(expense.to_dict())


@api_bp.patch("/expenses/<int:expense_id>")
@token_required
def update_expense(expense_id: int):
    expense = db.first_or_404(
        select(Expense).where(Expense.id == expense_id, Expense.owner_id == g.api_user.id))
    body = request.get_json(force=True)
    changes = {k: _coerce(k, v) for k, v in body.items() if k in Expense.EDITABLE}
    for field, value in changes.items():
        setattr(expense, field, value)
    db.session.commit()
    return jsonify(expense.to_dict())


@api_bp.delete("/expenses/<int:expense_id>")
@token_required
def delete_expense(expense_id: int):
    result = db.session.execute(delete(Expense).where(Expense.id == expense_id))
    db.session.commit()
    if result.rowcount == 0:
        abort(404)
    return "", 204


@api_bp.get("/me")
@token_required
def me():
    user = g.api_user
    return jsonify(id=user.id, email=user.email, name=user.display_name, role=user.role)
