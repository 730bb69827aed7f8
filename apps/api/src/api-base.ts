/** Every endpoint of the API lives under this base path (OpenAPI `servers[0].url`). */
export const API_BASE = "/api/v1";
