/** The last middleware: every error becomes a problem document; 5xx are logged with their stack, server-side only. */
import type { ErrorRequestHandler } from "express";
import { sendProblem } from "../http/send-problem.js";
import { toProblem } from "../to-problem.js";

export function errorHandler(): ErrorRequestHandler {
  return (error, request, response, _next) => {
    const problem = toProblem(error, request.originalUrl);
    if (problem.problem.status >= 500) {
      // pino-http logs `err` of the response with the request line and id.
      (response as { err?: unknown }).err = error;
    }
    if (response.headersSent) {
      // Part of a body is out: the only honest signal left is to cut the connection.
      request.socket.destroy();
      return;
    }
    sendProblem(response, problem);
  };
}
