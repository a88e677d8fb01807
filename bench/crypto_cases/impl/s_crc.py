import zlib

def checksum(data: bytes) -> int:
    return zlib.crc32(data) & 0xFFFFFFFF

def verify_download(data, expected):
    return checksum(data) == expected
