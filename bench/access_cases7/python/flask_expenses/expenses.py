import os
import uuid
from datetime import date
from decimal import Decimal, InvalidOperation

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request,
                   send_file, url_for)
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.utils import secure_filename

from .models import Expense, Receipt, db

expenses_bp = Blueprint("expenses", __name__)

ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf"}


def _own_expense_or_404(expense_id: int) -> Expense:
    stmt = select(Expense).where(Expense.id == expense_id, Expense.owner_id == current_user.id)
    return db.first_or_404(stmt)


def _parse_amount(raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except (InvalidOperation, TypeError):
        abort(400)
    if value <= 0:
        abort(400)
    return value


@expenses_bp.get("/")
@login_required
def index():
    stmt = (select(Expense).where(Expense.owner_id == current_user.id)
            .order_by(Expense.spent_on.desc()))
    expenses = db.session.scalars(stmt).all()
    return render_template("expenses/index.html", expenses=expenses)


@expenses_bp.route("/new", methods=["GET", "POST"])
@login_required
def create():
    if request.method == "GET":
        return render_template("expenses/form.html", expense=None)
    expense = Expense(
        owner_id=current_user.id,
        title=request.form["title"].strip(),
        category=request.form.get("category", "other"),
        amount=_parse_amount(request.form.get("amount", "")),
        currency=request.form.get("currency", "EUR").upper()[:3],
        spent_on=date.fromisoformat(request.form["spent_on"]),
        notes=request.form.get("notes", ""),
    )
    db.session.add(expense)
    db.session.commit()
    flash("Expense saved")
    return redirect(url_for("expenses.show", expense_id=expense.id))


@expenses_bp.get("/<int:expense_id>")
@login_required
def show(expense_id: int):
    expense = _own_expense_or_404(expense_id)
    return render_template("expenses/show.html", expense=expense)


@expenses_bp.route("/<int:expense_id>/edit", methods=["GET", "POST"])
@login_required
def edit(expense_id: int):
    expense = _own_expense_or_404(expense_id)
    if expense.status != "draft":
        abort(409)
    if request.method == "GET":
        return render_template("expenses/form.html", expense=expense)
    for field, value in request.form.items():
        setattr(expense, field, value)
    db.session.commit()
    return redirect(url_for("expenses.show", expense_id=expense.id))


@expenses_bp.post("/<int:expense_id>/submit")
@login_required
def submit(expense_id: int):
    expense = db.session.get(Expense, expense_id)
    if expense is None or expense.owner_id != current_user.id:
        abort(404)
    expense.status = "submitted"
    db.session.commit()
    return redirect(url_for("expenses.show", expense_id=expense.id))


@expenses_bp.post("/<int:expense_id>/delete")
@login_required
def delete(expense_id: int):
    expense = _own_expense_or_404(expense_id)
    db.session.delete(expense)
    db.session.commit()
    return redirect(url_for("expenses.index"))


@expenses_bp.post("/<int:expense_id>/receipts")
@login_required
def upload_receipt(expense_id: int):
    expense = _own_expense_or_404(expense_id)
    upload = request.files.get("file")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400)
    stored = os.path.join(current_app.config["RECEIPT_DIR"], uuid.uuid4().hex)
    upload.save(stored)
    db.session.add(Receipt(expense_id=expense.id, filename=secure_filename(upload.filename),
                           stored_path=stored, content_type=upload.mimetype))
    db.session.commit()
    return redirect(url_for("expenses.show", expense_id=expense.id))


@expenses_bp.get("/receipts/<int:receipt_id>")
@login_required
def download_receipt(receipt_id: int):
    receipt = db.get_or_404(Receipt, receipt_id)
    return send_file(receipt.stored_path, mimetype=receipt.content_type,
                     download_name=receipt.filename)


@expenses_bp.post("/receipts/<int:receipt_id>/delete")
@login_required
def delete_receipt(receipt_id: int):
    stmt = (select(Receipt).join(Receipt.expense)
            .where(Receipt.id == receipt_id, Expense.owner_id == current_user.id))
    receipt = db.first_or_404(stmt)
    expense_id = receipt.expense_id
    os.remove(receipt.stored_path)
    db.session.delete(receipt)
    db.session.commit()
    return redirect(url_for("expenses.show", expense_id=expense_id))
