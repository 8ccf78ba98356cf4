import base from "./playwright.config";
export default { ...base, timeout: 180_000, webServer: undefined, use: { ...base.use, baseURL: "http://localhost:3203" } };
