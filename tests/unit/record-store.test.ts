import { describe, expect, it } from "vitest";
import type { IndexedInitiative } from "../../lib/search/catalogue-index";
import { RecordStore, STORED_KEYS } from "../../lib/search/record-store";
import type { Locale } from "../../lib/validations/common";

let seed = 5;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list)))];
const maybeYear = () => (random() < 0.2 ? null : 1990 + Math.floor(random() * 40));
const LOCALES: Locale[] = ["ja", "en", "fr"];

function randomRecord(id: number): IndexedInitiative {
  const names: Partial<Record<Locale, string>> = {};
  // Locales in a random order: the first one read is the last fallback of a list entry.
  for (const locale of some(LOCALES, 3)) names[locale] = pick(["Cyber", "サイバー", "Cybersécurité", "Déjà", "ÉCOLE"]) + ` ${id}`;
  return {
    id,
    slug: `initiative-${id}`,
    published: random() < 0.8,
    startYear: maybeYear(),
    endYear: maybeYear(),
    ongoing: random() < 0.3,
    knownUntil: maybeYear(),
    names,
    originalLocale: pick(LOCALES),
    sourceDate: pick(["2018-03", "2024-05-22", ""]),
    updatedAt: Date.UTC(2020, 0, 1) + Math.floor(random() * 1e10),
    groups: some([1, 2, 3, 40, 5000], 3),
    values: {
      country: some(["VN", "LA", "TH", "JP", "FR"], 4),
      donor: some(["jica", "afd", "npa"], 2),
      partner: some(["jica", "afd", "npa", "itu"], 3),
      funder: some(["jica", "afd"], 2),
      donorCountry: some(["JP", "FR"], 2),
      theme: some(["cybercrime", "law-enforcement", "cert"], 3),
      target: some(["police", "judges"], 2),
      startYear: random() < 0.5 ? [] : [String(2000 + Math.floor(random() * 20))],
    },
  };
}

describe("RecordStore", () => {
  it("gives back every stored initiative exactly, through random sets, rewrites and clears (arena reused and compacted)", () => {
    const store = new RecordStore();
    const expected = new Map<number, IndexedInitiative>();
    let nextId = 1;
    for (let step = 0; step < 20000; step++) {
      const slot = Math.floor(random() * 300);
      if (random() < 0.25) {
        store.clear(slot);
        expected.delete(slot);
      } else {
        const record = randomRecord(nextId++);
        store.set(slot, record);
        expected.set(slot, record);
      }
      if (step === 7000) store.compact();
    }
    // Rewrites leave ranges behind; the arena reclaims them rather than grow without end.
    const { used, bytes } = store.arenaUsage();
    expect(bytes / 4).toBeLessThanOrEqual(Math.max(1024, 4 * used));
    for (let slot = 0; slot < 300; slot++) {
      const record = expected.get(slot);
      expect(store.has(slot), `slot ${slot}`).toBe(record !== undefined);
      if (!record) {
        expect(store.get(slot)).toBeUndefined();
        continue;
      }
      const stored = store.get(slot)!;
      expect(stored).toEqual(record);
      expect(Object.keys(stored.names)[0]).toBe(Object.keys(record.names)[0]);
      for (const key of STORED_KEYS) for (const value of record.values[key]) expect(store.hasValue(slot, key, value)).toBe(true);
      expect(store.hasValue(slot, "country", "XX")).toBe(false);
    }
  });

  it("sorts by the locale's name, else the original locale's, else the first name read, else the slug, lowercased", () => {
    const store = new RecordStore();
    const base = randomRecord(1);
    store.set(0, { ...base, originalLocale: "fr", names: { ja: "サイバー", fr: "École" } });
    store.set(1, { ...base, originalLocale: "en", names: { fr: "Déjà", ja: "ジャ" } });
    store.set(2, { ...base, slug: "Only-Slug", names: {} });
    expect(store.sortName(0, "en")).toBe("école");
    expect(store.sortName(0, "ja")).toBe("サイバー");
    expect(store.sortName(1, "en")).toBe("déjà");
    expect(store.firstNameLocale(1)).toBe("fr");
    expect(store.sortName(2, "en")).toBe("only-slug");
    expect(store.firstNameLocale(2)).toBeUndefined();
  });
});
