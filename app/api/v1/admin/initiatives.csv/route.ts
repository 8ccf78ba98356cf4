// GET /api/v1/admin/initiatives.csv - every initiative (all statuses) in the import layout; editors and admins only
import { NextResponse } from "next/server";
import { authorizeRequest } from "@/lib/auth/require-role";
import { exportInitiatives } from "@/lib/db/admin-import";
import { initiativesToCsv } from "@/lib/csv/initiative-csv";

export async function GET() {
  const auth = await authorizeRequest("editor");
  if ("status" in auth)
    return NextResponse.json({ error: { message: auth.status === 401 ? "Sign in first." : "Forbidden.", issues: [] } }, { status: auth.status });
  const csv = initiativesToCsv(await exportInitiatives());
  return new NextResponse("\uFEFF" + csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="initiatives-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
