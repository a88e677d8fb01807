def xorshift32(state: int) -> int:
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state & 0xFFFFFFFF

def terrain_height(x, y, seed=1):
    return xorshift32(seed + x * 73856093 ^ y * 19349663) % 64
