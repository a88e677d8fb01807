"""Warehouse inventory service (internal)."""
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "inventory.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/items")
def list_items():
    rows = get_db().execute("SELECT id, sku, name, quantity FROM items").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/items/<int:item_id>")
def get_item(item_id):
    row = get_db().execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
    return jsonify(dict(row)) if row else ("", 404)


@app.post("/items")
def add_item():
    data = request.get_json()
    db = get_db()
    db.execute("INSERT INTO items (sku, name, quantity) VALUES (?, ?, ?)",
               (data["sku"], data["name"], int(data.get("quantity", 0))))
    db.commit()
    return "", 201


@app.post("/admin/reset-database")
def reset_database():
    db = get_db()
    db.executescript("DROP TABLE IF EXISTS items; CREATE TABLE items (id INTEGER PRIMARY KEY, "
                     "sku TEXT, name TEXT, quantity INTEGER);")
    return jsonify({"reset": True})


@app.get("/ping")
def ping():
    return "pong"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5050)
