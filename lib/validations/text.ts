import { z } from "zod";

// C0/C1 control characters (NUL included): no search or name needs them, and text engines choke on some.
const CONTROL_CHARACTER = /\p{Cc}/u;
// The same, except tab, line feed and carriage return, which multi-line texts legitimately contain.
const CONTROL_CHARACTER_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A string without control characters; `message` is the Validation key shown when there is one. */
export const plainText = (message = "text.controlCharacters", { multiline = false } = {}) =>
  z.string().refine((value) => !(multiline ? CONTROL_CHARACTER_IN_TEXT : CONTROL_CHARACTER).test(value), { message });
