import asyncpg

_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn="postgresql://users@localhost/users", max_size=10)
    return _pool


async def create_user(email: str, password_hash: str) -> int:
    p = await pool()
    return await p.fetchval("INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id", email, password_hash)


async def store_reset_code(email: str, code: str) -> None:
    p = await pool()
    await p.execute("UPDATE users SET reset_code = $1 WHERE email = $2", code, email)


async def get_user(user_id: int) -> dict:
    p = await pool()
    row = await p.fetchrow("SELECT id, email FROM users WHERE id = $1", user_id)
    return dict(row) if row else {}


async def find_by_email(email: str) -> list[dict]:
    p = await pool()
    rows = await p.fetch(f"SELECT id, email FROM users WHERE email LIKE '{email}%'")
    return [dict(r) for r in rows]


async def delete_user(user_id: int) -> None:
    p = await pool()
    await p.execute("DELETE FROM users WHERE id = $1", user_id)
