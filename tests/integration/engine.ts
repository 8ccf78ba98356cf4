import { databaseEngine } from "../../lib/env";

export const onPostgres = databaseEngine(process.env.DATABASE_URL) === "postgresql";
