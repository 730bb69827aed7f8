/**
 * Test support: a supertest client whose every response is checked against the OpenAPI document the API
 * serves. A response whose status, media type or body drifts from the spec fails the test that made it.
 */
import type { Express } from "express";
import request, { type Response } from "supertest";
import { expect } from "vitest";
import { createSpecValidator, type SpecValidator } from "./spec-validator.js";

/** Request headers; undefined values are not sent. */
export type Headers = Record<string, string | undefined>;

export interface SpecClient {
  /** GET, checked against the spec. */
  get(url: string, headers?: Headers): Promise<Response>;
  /** Any method, checked against the spec. */
  send(method: string, url: string, headers?: Headers): Promise<Response>;
  validator: SpecValidator;
}

let shared: SpecValidator | undefined;

export function createSpecClient(app: Express): SpecClient {
  shared ??= createSpecValidator();
  const validator = shared;
  const send = async (method: string, url: string, headers: Headers = {}) => {
    const agent = request(app);
    const pending = (agent as unknown as Record<string, (url: string) => request.Test>)[method.toLowerCase()];
    if (!pending) throw new Error(`supertest has no method ${method}`);
    let test = pending.call(agent, url);
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) test = test.set(name, value);
    const response = await test;
    const errors = validator.check(
      method,
      url,
      response.status,
      response.headers as Record<string, string>,
      response.body,
      response.text,
    );
    expect(errors, `${method} ${url} → ${response.status} drifts from /openapi.json`).toEqual([]);
    return response;
  };
  return { get: (url, headers) => send("GET", url, headers), send, validator };
}
