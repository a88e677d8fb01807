from datetime import date

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy
from werkzeug.security import check_password_hash

db = SQLAlchemy()


class Tenant(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200), unique=True, nullable=False)
    password_hash = db.Column(db.String(200), nullable=False)
    display_name = db.Column(db.String(120))
    phone = db.Column(db.String(40))
    is_committee = db.Column(db.Boolean, default=False)
    water_officer = db.Column(db.Boolean, default=False)
    rent_discount_pct = db.Column(db.Integer, default=0)
    joined_on = db.Column(db.Date, default=date.today)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class Plot(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    number = db.Column(db.String(10), unique=True)
    size_rods = db.Column(db.Integer)
    tenant_id = db.Column(db.Integer, db.ForeignKey("tenant.id"))
    tenant = db.relationship("Tenant", backref="plots")
    annual_rent_pence = db.Column(db.Integer)


class Inspection(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    plot_id = db.Column(db.Integer, db.ForeignKey("plot.id"))
    plot = db.relationship("Plot", backref="inspections")
    score = db.Column(db.Integer)
    notes = db.Column(db.Text)
    warning_letter = db.Column(db.Boolean, default=False)


class WaitingListEntry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    email = db.Column(db.String(200))
    position = db.Column(db.Integer)


class WaterRota(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    week = db.Column(db.Date)
    tenant_id = db.Column(db.Integer, db.ForeignKey("tenant.id"))
    trough = db.Column(db.String(20))
