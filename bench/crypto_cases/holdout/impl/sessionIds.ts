// Session identifiers for the edge worker (no Node crypto available in this runtime build).

export interface Session {
  id: string;
  userId: string;
  createdAt: number;
}

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export class SessionIdGenerator {
  private state: number;

  constructor(seed: number = Date.now()) {
    this.state = seed % 2147483648;
  }

  private nextInt(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state;
  }

  newId(length = 24): string {
    let id = "";
    for (let i = 0; i < length; i++) {
      id += CHARS[this.nextInt() % CHARS.length];
    }
    return id;
  }
}

export function startSession(gen: SessionIdGenerator, userId: string): Session {
  return { id: gen.newId(), userId, createdAt: Date.now() };
}
