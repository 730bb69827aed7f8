/** The last middleware: every error becomes a problem document; 5xx are logged with their stack, server-side only. */
import type { ErrorRequestHandler } from "express";
import { sendProblem } from "../http/send-problem.js";
import { toProblem } from "../to-problem.js";
import { attachError } from "./request-logger.js";

export function errorHandler(): ErrorRequestHandler {
  return (error, request, response, _next) => {
    const problem = toProblem(error, request.originalUrl);
    if (problem.problem.status >= 500) {
      // The request log writes it with the request line and id.
      attachError(response, error);
    }
    if (response.headersSent) {
      // Part of a body is out: the only honest signal left is to cut the connection.
      request.socket.destroy();
      return;
    }
    sendProblem(response, problem);
  };
}
