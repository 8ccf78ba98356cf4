import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { NextRequest } from "next/server";
import fr from "../../messages/fr.json";
import { intlServerMock } from "../setup/intl-server-mock";

vi.mock("next-intl/server", () => intlServerMock());

const { prisma } = await import("../../lib/db/client");
const { GET: exportRoute } = await import("../../app/api/v1/initiatives/export/route");

afterAll(() => prisma.$disconnect());

const get = (query: string) => exportRoute(new NextRequest(`http://localhost/api/v1/initiatives/export?${query}`));
const published = () => prisma.initiative.count({ where: { status: "published" } });

describe("GET /api/v1/initiatives/export", () => {
  it("exports the whole catalogue as CSV with a BOM, labels and codes", async () => {
    const response = await get("format=csv&locale=ja");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.data.length).toBe(await published());
    const thai = parsed.data.find((row) => row.recipientCountryCodes.split("; ").includes("TH"))!;
    expect(thai.recipientCountries).toContain("タイ");
    expect(thai.url).toMatch(/^http:\/\/localhost:3000\/ja\/initiatives\//);
    expect(thai.source).toBeTruthy();
    expect(thai.donorCodes).toMatch(/^[a-z0-9-]+/);
  });

  it("keeps the catalogue's filters and rejects bad parameters with the same localized 400", async () => {
    const filtered = await (await get("format=json&country=TH&locale=fr")).json();
    expect(filtered.total).toBeGreaterThan(0);
    expect(
      filtered.items.every(
        (item: { recipientCountryCodes: string[]; recipientGroupCodes: string[] }) =>
          item.recipientCountryCodes.includes("TH") || item.recipientGroupCodes.length > 0,
      ),
    ).toBe(true);
    for (const query of ["format=pdf", "country=ZZ", "from=2015&to=2010", "nonsense=1", "theme=no-such-theme"]) {
      const response = await get(`${query}&locale=fr`);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.error.message).toBe(fr.Validation.requestInvalid);
      expect(body.error.issues.length).toBeGreaterThan(0);
    }
  });

  it("exports an empty search as a valid empty file in every format", async () => {
    const q = "q=zzzzqqqxxnothingmatches";
    const csv = await (await get(`${q}&format=csv`)).text();
    expect(
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n"),
    ).toHaveLength(1);
    const json = await (await get(`${q}&format=json`)).json();
    expect(json.items).toEqual([]);
    const xlsx = await get(`${q}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it("writes an xlsx workbook that reads back with every row", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const response = await get("format=xlsx&locale=en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe((await published()) + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("slug");
  });

  it("exports the whole catalogue as IATI 2.03 XML that the official schema accepts", async () => {
    const response = await get("format=iati&locale=en");
    const xml = await response.text();
    expect(xml.match(/<iati-activity /g)?.length).toBe(await published());
    const file = path.join(os.tmpdir(), `iati-${process.pid}.xml`);
    fs.writeFileSync(file, xml);
    const schema = path.resolve(import.meta.dirname, "../../../shared/standards/iati-2.03/iati-activities-schema.xsd");
    try {
      execFileSync("xmllint", ["--noout", "--schema", schema, file], { stdio: "pipe" });
    } catch (error) {
      throw new Error(String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 3000));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
