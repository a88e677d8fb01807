from datetime import datetime

from . import db


class Passenger(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    full_name = db.Column(db.String(200), nullable=False)
    passport_number = db.Column(db.String(40))
    phone = db.Column(db.String(40))
    is_crew = db.Column(db.Boolean, default=False, nullable=False)
    crew_rank = db.Column(db.String(40))  # deckhand, purser, master
    is_admin = db.Column(db.Boolean, default=False, nullable=False)
    loyalty_points = db.Column(db.Integer, default=0, nullable=False)
    concession = db.Column(db.String(40))  # island resident, student


class Sailing(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    route = db.Column(db.String(80), nullable=False)
    departs_at = db.Column(db.DateTime, nullable=False)
    boarding_closed = db.Column(db.Boolean, default=False, nullable=False)
    cancelled = db.Column(db.Boolean, default=False, nullable=False)
    car_deck_capacity = db.Column(db.Integer, default=40)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(12), unique=True, nullable=False)
    passenger_id = db.Column(db.Integer, db.ForeignKey("passenger.id"), nullable=False)
    passenger = db.relationship("Passenger")
    sailing_id = db.Column(db.Integer, db.ForeignKey("sailing.id"), nullable=False)
    sailing = db.relationship("Sailing")
    vehicle_registration = db.Column(db.String(12))
    companions = db.Column(db.JSON, default=list)  # names, dates of birth, passport numbers
    fare_pence = db.Column(db.Integer, nullable=False)
    status = db.Column(db.String(20), default="confirmed")
    created_at = db.Column(db.DateTime, default=datetime.utcnow)
