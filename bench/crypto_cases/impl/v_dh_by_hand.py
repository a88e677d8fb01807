P = 0xFFFFFFFB
G = 5

def shared_secret(their_public: int, my_private: int) -> int:
    return pow(their_public, my_private, P)
