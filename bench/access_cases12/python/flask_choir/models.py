from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Singer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(200), unique=True, nullable=False)
    phone = db.Column(db.String(40))
    voice = db.Column(db.String(20))
    password_hash = db.Column(db.String(200), nullable=False)
    is_director = db.Column(db.Boolean, default=False)
    is_section_lead = db.Column(db.Boolean, default=False)
    dues_paid = db.Column(db.Boolean, default=False)


class Absence(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    singer_id = db.Column(db.Integer, db.ForeignKey("singer.id"), nullable=False)
    rehearsal_date = db.Column(db.Date, nullable=False)
    reason = db.Column(db.Text)


class Attendance(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    singer_id = db.Column(db.Integer, db.ForeignKey("singer.id"), nullable=False)
    rehearsal_date = db.Column(db.Date, nullable=False)


class Score(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200))
    composer = db.Column(db.String(200))
    pdf_path = db.Column(db.String(300))
