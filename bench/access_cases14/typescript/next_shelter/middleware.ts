import { NextRequest, NextResponse } from "next/server";
import { jwtVerify } from "jose";

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function middleware(req: NextRequest) {
  const token = req.cookies.get("shelter_session")?.value;
  if (!token) {
    return NextResponse.json({ error: "sign in" }, { status: 401 });
  }
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], issuer: "pawsafe" });
    if (payload.role !== "staff") {
      return NextResponse.json({ error: "staff only" }, { status: 403 });
    }
  } catch {
    return NextResponse.json({ error: "sign in" }, { status: 401 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/api/admin/:path*", "/api/kennels/:path*"],
};
