import bcrypt from "bcryptjs";

export const hash = (pw: string) => bcrypt.hashSync(pw, bcrypt.genSaltSync(12));
