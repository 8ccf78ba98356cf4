import { z } from "zod";
import { initiativeSearchSchema } from "../validations/search";
import { slugSchema, localeSchema } from "../validations/common";
import { citationFormatSchema, exportFormatSchema } from "../validations/open-data";
import { cslJsonSchema, errorResponseSchema, exportJsonSchema, initiativeRecordSchema, searchResponseSchema } from "../validations/api-responses";

/** Example value of every documented parameter: shown in the docs' curl lines and checked by a test. */
export const PARAMETER_EXAMPLES: Record<string, string> = {
  q: "cybercrime",
  country: "TH",
  region: "asean",
  donor: "gb-fco",
  partner: "itu",
  funder: "gb-fco",
  theme: "cybercrime",
  target: "law-enforcement",
  from: "2010",
  to: "2020",
  started: "2015",
  sort: "name",
  page: "1",
  pageSize: "5",
  locale: "en",
  format: "csv",
  slug: "",
};

const FILTERS = ["q", "country", "region", "donor", "partner", "funder", "theme", "target", "from", "to", "started"] as const;

type Param = { name: string; in: "query" | "path"; required?: boolean; schema: z.ZodType };
export type Operation = {
  id: "searchInitiatives" | "getInitiative" | "exportInitiatives" | "initiativeFeed" | "whatsNewFeed" | "citeInitiative" | "citeGgeDocument" | "openapi";
  path: string;
  params: Param[];
  responses: Partial<Record<"200" | "304" | "400" | "404", Record<string, z.ZodType | null>>>;
  example: string;
};

const searchShape = initiativeSearchSchema.shape;
const query = (name: keyof typeof searchShape): Param => ({ name, in: "query", schema: searchShape[name] });
const JSON_TYPE = "application/json";
const ERROR = { [JSON_TYPE]: errorResponseSchema };
const NOT_MODIFIED = {};
const CITE = { "application/x-bibtex": null, "application/x-research-info-systems": null, "application/vnd.citationstyles.csl+json": cslJsonSchema };

/** Every public GET route, with the schemas that parse its parameters and shape its responses. */
export function apiOperations(initiativeSlug: string, ggeSlug: string): Operation[] {
  const slugParam: Param = { name: "slug", in: "path", required: true, schema: slugSchema };
  const format = (schema: z.ZodType): Param => ({ name: "format", in: "query", schema });
  const locale: Param = { name: "locale", in: "query", schema: localeSchema };
  return [
    {
      id: "searchInitiatives",
      path: "/api/v1/initiatives",
      params: [...FILTERS.map(query), query("sort"), query("page"), query("pageSize"), query("locale")],
      responses: { 200: { [JSON_TYPE]: searchResponseSchema }, 304: NOT_MODIFIED, 400: ERROR },
      example: "/api/v1/initiatives?country=TH&theme=cybercrime&pageSize=5&locale=en",
    },
    {
      id: "getInitiative",
      path: "/api/v1/initiatives/{slug}",
      params: [slugParam, locale],
      responses: { 200: { [JSON_TYPE]: initiativeRecordSchema }, 304: NOT_MODIFIED, 404: ERROR },
      example: `/api/v1/initiatives/${initiativeSlug}`,
    },
    {
      id: "exportInitiatives",
      path: "/api/v1/initiatives/export",
      params: [...FILTERS.map(query), query("locale"), format(exportFormatSchema)],
      responses: {
        200: {
          "text/csv": null,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": null,
          [JSON_TYPE]: exportJsonSchema,
          "application/xml": null,
        },
        400: ERROR,
      },
      example: "/api/v1/initiatives/export?format=csv&country=TH&locale=ja",
    },
    {
      id: "initiativeFeed",
      path: "/api/v1/initiatives/feed",
      params: [...FILTERS.map(query), query("locale")],
      responses: { 200: { "application/atom+xml": null }, 304: NOT_MODIFIED, 400: ERROR },
      example: "/api/v1/initiatives/feed?theme=cybercrime&locale=fr",
    },
    {
      id: "whatsNewFeed",
      path: "/api/v1/feed",
      params: [locale],
      responses: { 200: { "application/atom+xml": null }, 304: NOT_MODIFIED, 400: ERROR },
      example: "/api/v1/feed?locale=en",
    },
    {
      id: "citeInitiative",
      path: "/api/v1/initiatives/{slug}/cite",
      params: [slugParam, format(citationFormatSchema), locale],
      responses: { 200: CITE, 304: NOT_MODIFIED, 400: ERROR, 404: ERROR },
      example: `/api/v1/initiatives/${initiativeSlug}/cite?format=bibtex&locale=en`,
    },
    {
      id: "citeGgeDocument",
      path: "/api/v1/gge/{slug}/cite",
      params: [slugParam, format(citationFormatSchema), locale],
      responses: { 200: CITE, 304: NOT_MODIFIED, 400: ERROR, 404: ERROR },
      example: `/api/v1/gge/${ggeSlug}/cite?format=ris&locale=fr`,
    },
    { id: "openapi", path: "/api/v1/openapi.json", params: [locale], responses: { 200: { [JSON_TYPE]: null } }, example: "/api/v1/openapi.json" },
  ];
}

/** The JSON Schema of a parameter as a client sends it (query strings: numbers are coerced). */
export function parameterSchema(schema: z.ZodType) {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return json;
}

type Translate = (key: string) => string;

/** OpenAPI 3.1 for the public API, generated from the Zod schemas the routes use; descriptions from ApiDocs messages. */
export function buildOpenApi(t: Translate, siteUrl: string, slugs: { initiative: string; gge: string }) {
  const components: Record<string, unknown> = {};
  const bodySchema = (schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
    const defs = (json.$defs ?? {}) as Record<string, unknown>;
    Object.assign(components, defs);
    const { $schema: _s, $defs: _d, ...rest } = json;
    return rest;
  };
  const paths: Record<string, unknown> = {};
  for (const op of apiOperations(slugs.initiative, slugs.gge)) {
    paths[op.path] = {
      get: {
        operationId: op.id,
        summary: t(`operations.${op.id}`),
        parameters: op.params.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required ?? false,
          description: t(`params.${p.name}`),
          schema: parameterSchema(p.schema),
          example: p.name === "slug" ? (op.path.startsWith("/api/v1/gge") ? slugs.gge : slugs.initiative) : PARAMETER_EXAMPLES[p.name],
        })),
        responses: Object.fromEntries(
          Object.entries(op.responses).map(([status, content]) => [
            status,
            {
              description: t(`status.${status}`),
              ...(content && Object.keys(content).length
                ? {
                    content: Object.fromEntries(
                      Object.entries(content).map(([type, schema]) => [type, schema ? { schema: bodySchema(schema) } : { schema: { type: "string" } }]),
                    ),
                  }
                : {}),
            },
          ]),
        ),
      },
    };
  }
  const document = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: t("title"), version: "1.0.0", description: `${t("description")} ${t("errors")}` },
    servers: [{ url: siteUrl }],
    paths,
    components: { schemas: components },
  };
  // z.toJSONSchema points at "#/$defs/…"; in OpenAPI the shared schemas live under components.
  return JSON.parse(JSON.stringify(document).replaceAll('"#/$defs/', '"#/components/schemas/')) as typeof document;
}
