import sqlite3
from contextlib import closing

from flask import current_app, g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SQLITE_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(_exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def find_notes(owner_id, term):
    sql = f"SELECT id, title, body FROM notes WHERE owner_id = {owner_id} AND title LIKE '%{term}%'"
    with closing(get_db().cursor()) as cur:
        cur.execute(sql)
        return cur.fetchall()


def get_note(owner_id, note_id):
    with closing(get_db().cursor()) as cur:
        cur.execute("SELECT id, title, body FROM notes WHERE id = ? AND owner_id = ?", (note_id, owner_id))
        return cur.fetchone()


def insert_note(owner_id, title, body):
    db = get_db()
    db.execute("INSERT INTO notes (owner_id, title, body) VALUES (?, ?, ?)", (owner_id, title, body))
    db.commit()


def order_notes(owner_id, column):
    allowed = {"title", "created_at", "updated_at"}
    if column not in allowed:
        column = "created_at"
    query = "SELECT id, title FROM notes WHERE owner_id = ? ORDER BY " + column
    return get_db().execute(query, (owner_id,)).fetchall()
