import { z } from "zod";
import { INITIATIVE_STATUSES } from "./initiative";
import { plainText } from "./text";

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Query of the admin list; anything invalid falls back to its default instead of failing. */
export const adminListQuerySchema = z.object({
  q: z.preprocess(one, plainText().trim().max(200).optional()).catch(undefined),
  status: z.preprocess(one, z.enum(INITIATIVE_STATUSES).optional()).catch(undefined),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export const pageQuerySchema = z.preprocess(one, z.coerce.number().int().min(1).max(10_000)).catch(1);
