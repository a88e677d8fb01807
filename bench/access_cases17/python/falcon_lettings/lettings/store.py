import psycopg
from psycopg.rows import dict_row

from . import config  # noqa: F401


class Store:
    def __init__(self, dsn):
        self.conn = psycopg.connect(dsn, row_factory=dict_row, autocommit=True)

    def repair(self, repair_id):
        return self.conn.execute("SELECT * FROM repairs WHERE id = %s", (repair_id,)).fetchone()

    def repairs_for_tenant(self, tenant_id):
        return self.conn.execute(
            "SELECT r.* FROM repairs r JOIN tenancies t ON t.id = r.tenancy_id WHERE t.tenant_id = %s",
            (tenant_id,)).fetchall()

    def withdraw_repair(self, repair_id, tenant_id):
        cur = self.conn.execute(
            "UPDATE repairs r SET status = 'withdrawn' FROM tenancies t "
            "WHERE r.id = %s AND t.id = r.tenancy_id AND t.tenant_id = %s", (repair_id, tenant_id))
        return cur.rowcount

    def tenancy_of(self, tenant_id):
        return self.conn.execute("SELECT * FROM tenancies WHERE tenant_id = %s", (tenant_id,)).fetchone()

    def update_tenancy(self, tenancy_id, fields):
        sets = ", ".join(f"{name} = %({name})s" for name in fields)
        self.conn.execute(f"UPDATE tenancies SET {sets} WHERE id = %(id)s", {**fields, "id": tenancy_id})

    def open_jobs(self):
        return self.conn.execute(
            "SELECT r.id, r.summary, p.address, p.key_safe_code, t.tenant_phone FROM repairs r "
            "JOIN tenancies t ON t.id = r.tenancy_id JOIN properties p ON p.id = t.property_id "
            "WHERE r.status = 'approved'").fetchall()

    def arrears(self):
        return self.conn.execute(
            "SELECT t.tenant_name, t.tenant_email, t.tenant_phone, t.arrears_pence FROM tenancies t "
            "WHERE t.arrears_pence > 0 ORDER BY t.arrears_pence DESC").fetchall()
