// `cargo xtask bench` runs this file (xtask/src/bench.rs) with Node. Two
// commands, each printing tab-separated lines that the xtask turns into
// tables and budget checks:
//
//   node site.mjs sizes FILE...
//     FILE <tab> raw bytes <tab> gzip -9 bytes <tab> brotli q11 bytes
//     (Node's built-in zlib; nothing to install).
//
//   node site.mjs lighthouse DIST TOOLS RUNS REPORTS PATH...
//     Serves the built site DIST gzip-compressed on 127.0.0.1 and runs
//     Lighthouse (installed by the xtask into TOOLS/node_modules) on each
//     PATH, RUNS times, each run in a fresh headless Chromium (CHROME_PATH),
//     with Lighthouse's defaults: mobile form factor, simulated throttling.
//     Prints, per PATH, the run with the median performance score:
//     PATH, performance, accessibility, best-practices, seo (0-100),
//     LCP ms, TBT ms, CLS, failing audit ids of the last three categories
//     (comma-separated, "-" for none), and requests that left 127.0.0.1.
//     That run's full report is written to REPORTS/<path>.html and .json.
//
//   node site.mjs serve DIST PORT
//     Serves the built site on 127.0.0.1:PORT until stopped (`cargo xtask
//     serve`: the split build cannot run under Trunk's own server).

import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const gzip = (bytes) => gzipSync(bytes, { level: 9 });
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });

function sizes(files) {
  for (const file of files) {
    const bytes = readFileSync(file);
    console.log([file, bytes.length, gzip(bytes).length, brotli(bytes).length].join("\t"));
  }
}

// What a plain static host sends (as e2e/src/static_server.rs): the file,
// `dir/index.html` for a directory, otherwise 404.html with status 404 (the
// app's fallback for its other routes). Text and wasm are sent gzip-compressed.
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolve(dist, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath.split(/[?#]/)[0])).replace(/^(\.\.(\/|\\|$))+/, "");
  const candidate = join(dist, relative);
  if (candidate.startsWith(dist + sep) || candidate === dist) {
    if (isFile(candidate)) return { status: 200, file: candidate };
    if (isFile(join(candidate, "index.html"))) return { status: 200, file: join(candidate, "index.html") };
  }
  return { status: 404, file: join(dist, "404.html") };
}

function serve(dist, port = 0) {
  const cache = new Map(); // file -> gzip bytes, compressed once
  const server = createServer((request, response) => {
    const { status, file } = resolve(dist, request.url);
    const type = extname(file);
    let body = readFileSync(file);
    const headers = { "Content-Type": TYPES[type] ?? "application/octet-stream" };
    if (COMPRESSED.has(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      if (!cache.has(file)) cache.set(file, gzip(body));
      body = cache.get(file);
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((ready) => server.listen(port, "127.0.0.1", () => ready(server)));
}

async function lighthouseRuns(dist, tools, runs, reports, paths) {
  const load = (module) => import(pathToFileURL(join(tools, "node_modules", module)));
  const { default: lighthouse } = await load("lighthouse/core/index.js");
  const { launch } = await load("chrome-launcher/dist/index.js");
  const server = await serve(normalize(dist));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chromeFlags = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    // Nothing but the local server resolves: no request can leave the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ];
  try {
    for (const path of paths) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const chrome = await launch({ chromePath: process.env.CHROME_PATH, chromeFlags });
        try {
          // `ignoreStatusCode`: /map and /journal are answered with 404.html
          // and status 404, as on GitHub Pages; measure them anyway.
          const result = await lighthouse(`${origin}${path}`, {
            port: chrome.port,
            output: ["html", "json"],
            logLevel: "error",
            ignoreStatusCode: true,
            // IPT_LIGHTHOUSE_THROTTLING=devtools: throttle the real load
            // instead of simulating it (a cross-check; see BENCHMARKS.md).
            throttlingMethod: process.env.IPT_LIGHTHOUSE_THROTTLING || "simulate",
          });
          if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
          results.push(result);
        } finally {
          chrome.kill();
        }
      }
      results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
      const median = results[Math.floor(results.length / 2)];
      mkdirSync(reports, { recursive: true });
      const name = join(reports, path.replace(/^\/|\/$/g, "").replaceAll("/", "-") || "home");
      writeFileSync(`${name}.html`, median.report[0]);
      writeFileSync(`${name}.json`, median.report[1]);
      console.log(summary(path, median.lhr, origin));
    }
  } finally {
    server.close();
  }
}

function summary(path, lhr, origin) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const value = (id) => lhr.audits[id].numericValue;
  // Audits that count towards a score and did not pass (performance is
  // judged by its metrics, so only the other three are listed).
  const failing = ["accessibility", "best-practices", "seo"].flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ref.id),
  );
  const external = (lhr.audits["network-requests"].details?.items ?? [])
    .map((item) => item.url)
    .filter((url) => !url.startsWith(origin + "/") && !/^(data|blob):/.test(url));
  return [
    path,
    score("performance"),
    score("accessibility"),
    score("best-practices"),
    score("seo"),
    Math.round(value("largest-contentful-paint")),
    Math.round(value("total-blocking-time")),
    value("cumulative-layout-shift").toFixed(3),
    failing.join(",") || "-",
    external.join(",") || "-",
  ].join("\t");
}

const [command, ...args] = process.argv.slice(2);
if (command === "sizes") {
  sizes(args);
} else if (command === "lighthouse") {
  const [dist, tools, runs, reports, ...paths] = args;
  await lighthouseRuns(dist, tools, Number(runs), reports, paths);
} else if (command === "serve") {
  const [dist, port] = args;
  await serve(normalize(dist), Number(port));
} else {
  console.error("usage: node site.mjs sizes FILE... | lighthouse DIST TOOLS RUNS REPORTS PATH... | serve DIST PORT");
  process.exit(2);
}
