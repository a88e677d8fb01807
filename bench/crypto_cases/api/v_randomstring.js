import { randomString } from "crypto";

export const token = randomString(32);
