import { z } from "zod";

// C0/C1 control characters (NUL included): no search or name needs them, and text engines choke on some.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** A string without control characters; `message` is the Validation key shown when there is one. */
export const plainText = (message = "text.controlCharacters") => z.string().refine((value) => !CONTROL_CHARACTER.test(value), { message });
