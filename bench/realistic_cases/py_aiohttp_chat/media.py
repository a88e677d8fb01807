import asyncio
import hashlib
import os
import shlex

import aiohttp

AVATAR_DIR = "/srv/chat/avatars"
ALLOWED_EMBED = ("https://www.youtube.com/", "https://vimeo.com/")


async def fetch_embed(url: str) -> str:
    if not url.startswith(ALLOWED_EMBED):
        raise ValueError("embed not allowed")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        async with session.get(url) as resp:
            return (await resp.text())[:2000]


async def unfurl(url: str) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return (await resp.text())[:2000]


async def resize_avatar(filename: str) -> int:
    proc = await asyncio.create_subprocess_shell(f"convert {AVATAR_DIR}/{filename} -resize 64x64 {AVATAR_DIR}/small_{filename}")
    return await proc.wait()


async def resize_avatar_quoted(filename: str) -> int:
    src = shlex.quote(os.path.join(AVATAR_DIR, os.path.basename(filename)))
    proc = await asyncio.create_subprocess_exec("convert", src, "-resize", "64x64", src + ".small")
    return await proc.wait()


def avatar_name(user_id: str) -> str:
    return hashlib.sha1(user_id.encode()).hexdigest() + ".png"
