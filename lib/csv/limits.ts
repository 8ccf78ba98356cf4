/** The largest CSV the import accepts, as told to the user; next.config.ts sizes the server-action body limit from it. */
export const CSV_MAX_BYTES = 2_000_000;
// Room for the multipart envelope and the other form fields around the file.
export const SERVER_ACTION_BODY_LIMIT = CSV_MAX_BYTES + 64 * 1024;
