from datetime import datetime, timezone

from flask_login import UserMixin
from werkzeug.security import check_password_hash, generate_password_hash

from . import db, login_manager


class Member(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    full_name = db.Column(db.String(120), nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    is_staff = db.Column(db.Boolean, default=False, nullable=False)
    is_setter = db.Column(db.Boolean, default=False, nullable=False)
    belay_certified = db.Column(db.Boolean, default=False, nullable=False)
    banned = db.Column(db.Boolean, default=False, nullable=False)

    def set_password(self, raw):
        self.password_hash = generate_password_hash(raw)

    def check_password(self, raw):
        return check_password_hash(self.password_hash, raw)


class Pass(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    member = db.relationship("Member", backref="passes")
    kind = db.Column(db.String(20), nullable=False)  # "10-visit", "monthly", "annual"
    visits_left = db.Column(db.Integer)
    frozen_until = db.Column(db.Date)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    member = db.relationship("Member", backref="bookings")
    session_start = db.Column(db.DateTime, nullable=False)
    cancelled = db.Column(db.Boolean, default=False)
    # signed waiver: emergency contact and declared medical conditions
    emergency_contact = db.Column(db.String(255))
    medical_notes = db.Column(db.Text)


class Route(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    wall = db.Column(db.String(40), nullable=False)
    colour = db.Column(db.String(20), nullable=False)
    grade = db.Column(db.String(8), nullable=False)
    set_by_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    stripped_at = db.Column(db.DateTime)

    def strip(self):
        self.stripped_at = datetime.now(timezone.utc)


@login_manager.user_loader
def load_member(member_id):
    return db.session.get(Member, int(member_id))
