// The fixed mix the scale benchmark times: API calls, the same cases as catalogue pages, other pages.
import { ftsFloor, ids, lookupFloor, type Floor } from "./floor-sql";

export type Case = { name: string; path: string; floor: Floor | null; filterOnly: boolean };
type Search = { name: string; query: string; floor: Floor; filterOnly: boolean };

const text = (name: string, q: string): Search => ({ name, query: `q=${encodeURIComponent(q)}`, floor: ftsFloor(q), filterOnly: false });
const filter = (name: string, query: string, floor: Floor): Search => ({ name, query, floor, filterOnly: true });

export function searchCases(rareWord: string): Search[] {
  return [
    filter("no filter", "", lookupFloor(ids.all)),
    text("common word", "cybersecurity"),
    text("rare word", rareWord),
    text("Japanese word", "サイバー犯罪"),
    text("two words", "incident response"),
    filter("country VN (direct)", "country=VN", lookupFloor(ids.country(true), ["VN"])),
    filter("country VN (reach=group)", "country=VN&reach=group", lookupFloor(ids.country(false), ["VN", "VN"])),
    filter("region asean", "region=asean", lookupFloor(ids.region, ["asean", "asean"])),
    filter("donor jica", "donor=jica", lookupFloor(ids.donor, ["jica"])),
    filter(
      "theme + period",
      "theme=cybercrime&from=2015&to=2020",
      lookupFloor(`${ids.theme} INTERSECT ${ids.period}`, ["cybercrime", "cybercrime", 2020, 2015]),
    ),
    filter(
      "four filters",
      "region=asean&donor=jica&theme=cybercrime&from=2010",
      lookupFloor(`${ids.region} INTERSECT ${ids.donor} INTERSECT ${ids.theme} INTERSECT ${ids.period}`, [
        "asean",
        "asean",
        "jica",
        "cybercrime",
        "cybercrime",
        9999,
        2010,
      ]),
    ),
    filter("deep page (200)", "page=200", lookupFloor(ids.all, [], 200)),
  ];
}

export function benchCases(rareWord: string): Case[] {
  const searches = searchCases(rareWord);
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
  return [
    ...searches.map((s) => ({ name: `API ${s.name}`, path: withQuery("/api/v1/initiatives", s.query), floor: s.floor, filterOnly: s.filterOnly })),
    { name: "page home", path: "/en", floor: null, filterOnly: false },
    ...searches.map((s) => ({ name: `page catalogue ${s.name}`, path: withQuery("/en/initiatives", s.query), floor: s.floor, filterOnly: false })),
    { name: "page countries", path: "/en/countries", floor: null, filterOnly: false },
    { name: "page country VN", path: "/en/countries/VN", floor: null, filterOnly: false },
    { name: "page organisation jica", path: "/en/organisations/jica", floor: null, filterOnly: false },
    { name: "page theme cybercrime", path: "/en/themes/cybercrime", floor: null, filterOnly: false },
    { name: "page GGE index", path: "/en/gge", floor: null, filterOnly: false },
  ];
}
