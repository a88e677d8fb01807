from django.db import connection


def _fetch(sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params or [])
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


def invoices_for(account_id, status):
    sql = "SELECT id, amount, status FROM invoices WHERE account_id = %s AND status = '%s'" % (account_id, status)
    return _fetch(sql)


def invoice_lines(invoice_id):
    return _fetch("SELECT sku, qty, price FROM invoice_lines WHERE invoice_id = %s", [invoice_id])


def revenue_by(period):
    periods = {"day": "day", "week": "week", "month": "month"}
    trunc = periods.get(period, "month")
    return _fetch(f"SELECT date_trunc('{trunc}', paid_at) AS p, sum(amount) FROM invoices GROUP BY p")
