from datetime import datetime

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200), unique=True, nullable=False)
    display_name = db.Column(db.String(80))
    phone = db.Column(db.String(40))
    password_hash = db.Column(db.String(200), nullable=False)
    role = db.Column(db.String(20), default="member")  # member | steward | admin
    deposit_paid = db.Column(db.Boolean, default=False)
    banned = db.Column(db.Boolean, default=False)


class Tool(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    category = db.Column(db.String(40))
    condition = db.Column(db.String(40), default="good")
    notes = db.Column(db.Text)
    retired = db.Column(db.Boolean, default=False)
    donated_by_id = db.Column(db.Integer, db.ForeignKey("member.id"))


class Loan(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    tool_id = db.Column(db.Integer, db.ForeignKey("tool.id"), nullable=False)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    started_at = db.Column(db.DateTime, default=datetime.utcnow)
    due_at = db.Column(db.DateTime)
    returned_at = db.Column(db.DateTime)
    damage_report = db.Column(db.Text)

    tool = db.relationship("Tool")
    member = db.relationship("Member")
