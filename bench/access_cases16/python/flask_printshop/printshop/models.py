from datetime import datetime

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Customer(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200), unique=True, nullable=False)
    password_hash = db.Column(db.String(200), nullable=False)
    company = db.Column(db.String(200))
    phone = db.Column(db.String(40))
    billing_address = db.Column(db.Text)
    is_staff = db.Column(db.Boolean, default=False)
    credit_limit_pence = db.Column(db.Integer, default=0)
    trade_discount_pct = db.Column(db.Integer, default=0)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer_id = db.Column(db.Integer, db.ForeignKey("customer.id"), nullable=False)
    customer = db.relationship(Customer, backref="orders")
    title = db.Column(db.String(200))
    paper = db.Column(db.String(80))
    quantity = db.Column(db.Integer)
    status = db.Column(db.String(30), default="received")
    price_pence = db.Column(db.Integer)
    proof_path = db.Column(db.String(300))
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class PressJob(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    order_id = db.Column(db.Integer, db.ForeignKey("order.id"))
    order = db.relationship(Order)
    press = db.Column(db.String(40))
    operator = db.Column(db.String(80))
    sheets_printed = db.Column(db.Integer, default=0)
    finished_at = db.Column(db.DateTime)
