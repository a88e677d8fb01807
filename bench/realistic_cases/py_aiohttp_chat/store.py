import aiosqlite

DB_PATH = "chat.db"


async def messages_in(room: str, since: str):
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute("SELECT author, body, sent_at FROM messages WHERE room = ? AND sent_at > ?", (room, since))
        return await cursor.fetchall()


async def search(room: str, text: str):
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute("SELECT author, body FROM messages WHERE room = '%s' AND body LIKE '%%%s%%'" % (room, text))
        return await cursor.fetchall()


async def post(room: str, author: str, body: str) -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("INSERT INTO messages (room, author, body) VALUES (?, ?, ?)", (room, author, body))
        await db.commit()
