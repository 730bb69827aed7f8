/**
 * Entry point, kept small: it starts the first view's requests, then loads the viewer (React, sigma and the app,
 * a chunk of their own) and mounts it. The graph downloads while the browser fetches and parses that chunk.
 */
import { prefetchFirstView } from "./api/client";
import { currentViewState } from "./state/current-view-state";
import "./styles.css";

prefetchFirstView(currentViewState().lang);

const root = document.getElementById("root");
if (!root) throw new Error("kubenotes: #root element missing from index.html");
void import("./mount-app").then(({ mountApp }) => mountApp(root));
