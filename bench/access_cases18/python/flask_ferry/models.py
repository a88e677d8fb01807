from datetime import datetime

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    full_name = db.Column(db.String(120))
    phone = db.Column(db.String(40))
    is_staff = db.Column(db.Boolean, default=False, nullable=False)
    loyalty_points = db.Column(db.Integer, default=0, nullable=False)
    concession_type = db.Column(db.String(20))  # "resident", "student", None


class Sailing(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    route = db.Column(db.String(80), nullable=False)
    departs_at = db.Column(db.DateTime, nullable=False)
    vehicle_deck_capacity = db.Column(db.Integer, nullable=False)
    status = db.Column(db.String(20), default="scheduled")


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(12), unique=True, nullable=False)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)
    sailing_id = db.Column(db.Integer, db.ForeignKey("sailing.id"), nullable=False)
    passengers = db.Column(db.Integer, default=1)
    vehicle_reg = db.Column(db.String(16))
    passport_numbers = db.Column(db.Text)
    status = db.Column(db.String(20), default="confirmed")
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    sailing = db.relationship("Sailing")
    user = db.relationship("User")
