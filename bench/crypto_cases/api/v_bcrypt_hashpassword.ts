import bcrypt from "bcrypt";

export async function register(password: string) {
  return bcrypt.hashPassword(password, 12);
}
