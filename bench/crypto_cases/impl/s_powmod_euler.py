MOD = 10**9 + 7

def count_paths(n: int, k: int) -> int:
    return pow(k, n, MOD)

def inverse(a: int) -> int:
    return pow(a, MOD - 2, MOD)
