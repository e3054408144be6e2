import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/platform/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (not at import) so `next build` never reads the secret or the database.
const handler = (request: NextRequest, context: Context) => NextAuth(request, context, authOptions());

export { handler as GET, handler as POST };
