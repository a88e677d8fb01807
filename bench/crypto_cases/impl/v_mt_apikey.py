class MersenneTwister:
    def __init__(self, seed):
        self.mt = [0] * 624
        self.index = 624
        self.mt[0] = seed
        for i in range(1, 624):
            self.mt[i] = (1812433253 * (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)) + i) & 0xFFFFFFFF

    def extract(self):
        y = self.mt[self.index % 624]
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        self.index += 1
        return y

def generate_api_key(seed):
    rng = MersenneTwister(seed)
    return "".join(format(rng.extract(), "08x") for _ in range(4))
