class ToyCipher:
    ROUNDS = 8

    def __init__(self, key: int):
        self.subkeys = [(key >> (i * 4)) & 0xFFFF for i in range(self.ROUNDS)]

    def _f(self, half, k):
        return ((half * 0x9E37) ^ k) & 0xFFFF

    def encrypt_block(self, block: int) -> int:
        left, right = block >> 16, block & 0xFFFF
        for k in self.subkeys:
            left, right = right, left ^ self._f(right, k)
        return (right << 16) | left
