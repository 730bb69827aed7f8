/** Writes a problem document (RFC 9457): never cached, always `application/problem+json`. */
import type { Response } from "express";
import type { ProblemResponse } from "../to-problem.js";

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

export function sendProblem(response: Response, { problem, headers }: ProblemResponse): void {
  const body = Buffer.from(JSON.stringify(problem));
  // A failure after headers were prepared must not leave a representation's validators behind.
  for (const name of ["ETag", "Content-Encoding", "Content-Location", "Content-Disposition", "Link"])
    response.removeHeader(name);
  response.status(problem.status);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("Content-Type", PROBLEM_CONTENT_TYPE);
  response.setHeader("Content-Language", "en");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Content-Length", body.length);
  response.end(body);
}
