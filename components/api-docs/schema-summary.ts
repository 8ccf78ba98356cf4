/** A short human reading of a parameter's JSON Schema: "integer 1900–2100", "ja | en | fr", "string ≤ 200". */
export function schemaSummary(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  const type = String(schema.type ?? "string");
  const min = schema.minimum ?? schema.minLength;
  const max = schema.maximum ?? schema.maxLength;
  const range = min !== undefined && max !== undefined ? ` ${min}–${max}` : max !== undefined ? ` ≤ ${max}` : "";
  return `${type}${range}${schema.default !== undefined ? ` (= ${schema.default})` : ""}`;
}
