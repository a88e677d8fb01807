import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import func, select

from .models import Expense, User, db

reports_bp = Blueprint("reports", __name__)


def _month_bounds(raw: str | None) -> tuple[date, date]:
    today = date.today()
    if raw:
        year, month = (int(part) for part in raw.split("-", 1))
    else:
        year, month = today.year, today.month
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


@reports_bp.get("/mine")
@login_required
def my_summary():
    start, end = _month_bounds(request.args.get("month"))
    stmt = (select(Expense.category, func.sum(Expense.amount))
            .where(Expense.owner_id == current_user.id,
                   Expense.spent_on >= start, Expense.spent_on < end)
            .group_by(Expense.category))
    rows = db.session.execute(stmt).all()
    return render_template("reports/mine.html", rows=rows, start=start)


@reports_bp.get("/team")
@login_required
def team_summary():
    if not current_user.is_manager or current_user.team_id is None:
        abort(403)
    start, end = _month_bounds(request.args.get("month"))
    stmt = (select(User.display_name, func.sum(Expense.amount))
            .join(Expense.owner)
            .where(User.team_id == current_user.team_id,
                   Expense.spent_on >= start, Expense.spent_on < end)
            .group_by(User.display_name))
    rows = db.session.execute(stmt).all()
    return render_template("reports/team.html", rows=rows, start=start)


@reports_bp.get("/pending")
@login_required
def pending():
    if not current_user.is_manager:
        abort(403)
    stmt = (select(Expense).join(Expense.owner)
            .where(User.team_id == current_user.team_id, Expense.status == "submitted"))
    return render_template("reports/pending.html", expenses=db.session.scalars(stmt).all())


@reports_bp.post("/expenses/<int:expense_id>/approve")
@login_required
def approve(expense_id: int):
    if request.cookies.get("ui_role") != "manager":
        abort(403)
    expense = db.get_or_404(Expense, expense_id)
    expense.status = "approved"
    expense.approved_by_id = current_user.id
    db.session.commit()
    return redirect(url_for("reports.pending"))


@reports_bp.post("/expenses/<int:expense_id>/reject")
@login_required
def reject(expense_id: int):
    if not current_user.is_manager:
        abort(403)
    stmt = (select(Expense).join(Expense.owner)
            .where(Expense.id == expense_id, User.team_id == current_user.team_id))
    expense = db.first_or_404(stmt)
    expense.status = "rejected"
    db.session.commit()
    return redirect(url_for("reports.pending"))


@reports_bp.get("/export.csv")
def export_csv():
    start, end = _month_bounds(request.args.get("month"))
    stmt = (select(Expense, User.email).join(Expense.owner)
            .where(Expense.spent_on >= start, Expense.spent_on < end)
            .order_by(User.email))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["email", "title", "category", "amount", "currency", "spent_on", "status"])
    for expense, email in db.session.execute(stmt):
        writer.writerow([email, expense.title, expense.category, expense.amount,
                         expense.currency, expense.spent_on.isoformat(), expense.status])
    return Response(buffer.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=expenses.csv"})
