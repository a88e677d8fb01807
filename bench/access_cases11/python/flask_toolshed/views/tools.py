from flask import Blueprint, abort, jsonify, redirect, request, url_for
from flask_login import current_user, login_required, login_user
from werkzeug.security import check_password_hash, generate_password_hash

from auth import role_required
from models import Member, Tool, db

tools_bp = Blueprint("tools", __name__)

EDITABLE = ("name", "category", "condition", "notes")


@tools_bp.post("/login")
def login():
    member = Member.query.filter_by(email=request.form["email"]).first()
    if member is None or not check_password_hash(member.password_hash, request.form["password"]):
        abort(401)
    login_user(member)
    return redirect(url_for("tools.catalogue"))


@tools_bp.post("/signup")
def signup():
    member = Member(
        email=request.form["email"],
        display_name=request.form.get("display_name"),
        password_hash=generate_password_hash(request.form["password"]),
        role="member",
    )
    db.session.add(member)
    db.session.commit()
    return redirect(url_for("tools.login"))


@tools_bp.get("/")
def catalogue():
    tools = Tool.query.filter_by(retired=False).order_by(Tool.name).all()
    return jsonify([{"id": t.id, "name": t.name, "category": t.category} for t in tools])


@tools_bp.post("/<int:tool_id>/edit")
@role_required("steward", "admin")
def edit_tool(tool_id):
    tool = db.get_or_404(Tool, tool_id)
    for field in EDITABLE:
        if field in request.form:
            setattr(tool, field, request.form[field])
    db.session.commit()
    return redirect(url_for("tools.catalogue"))


@tools_bp.post("/<int:tool_id>/retire")
@role_required("steward", "admin")
def retire_tool(tool_id):
    tool = db.get_or_404(Tool, tool_id)
    tool.retired = True
    db.session.commit()
    return redirect(url_for("tools.catalogue"))


@tools_bp.post("/<int:tool_id>/delete")
@login_required
def delete_tool(tool_id):
    tool = db.get_or_404(Tool, tool_id)
    db.session.delete(tool)
    db.session.commit()
    return redirect(url_for("tools.catalogue"))


@tools_bp.post("/me")
@login_required
def update_profile():
    data = request.get_json()
    for key, value in data.items():
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify(id=current_user.id, role=current_user.role)
