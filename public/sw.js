// IPT Companion's service worker. `cargo xtask dist` writes the build's
// version and file list into the two constants below; everything else is
// this hand-written file. It only ever fetches from the app's own origin.
const VERSION = "__IPT_BUILD_VERSION__";
const PRECACHE = __IPT_PRECACHE__;
// The other languages' sites inside this one's scope ("es/"): each has its
// own worker and cache, so this one leaves their pages alone.
const OTHER_SITES = __IPT_OTHER_SITES__;
const SCOPE = new URL(self.registration.scope);
const CACHE_PREFIX = "ipt-companion-";
// One cache per site (scope) and version; "@" ends the scope, so no site's
// names start with another's.
const SITE_CACHES = CACHE_PREFIX + SCOPE.pathname + "@";
const CACHE = SITE_CACHES + VERSION;
// The plain app entry: index.html is the prerendered welcome of "/".
const APP_ENTRY = new URL("404.html", SCOPE).href;

self.addEventListener("install", (event) => {
  // Cache every file of this build. A new version then waits until the
  // person accepts the update (see "skip-waiting" below).
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        PRECACHE.map(
          (path) =>
            // A file whose name carries its content hash (Trunk's wasm, JS
            // and CSS, whose hex hash may be shorter than 16 digits; the
            // split's chunks and loader, 22 letters and digits) may come
            // from the HTTP cache the page just filled, so a first visit
            // does not download the wasm twice; anything else (HTML, icons)
            // is fetched afresh.
            new Request(new URL(path, SCOPE).href, {
              cache: /-([0-9a-f]{8,16}(_bg)?|[0-9A-Za-z]{22})\.(js|wasm|css)$/.test(path) ? "default" : "reload",
            })
        )
      )
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            // This site's older versions, and the caches of the versions
            // before there was one per site ("ipt-companion-<version>").
            .filter(
              (name) =>
                (name.startsWith(SITE_CACHES) && name !== CACHE) ||
                (name.startsWith(CACHE_PREFIX) && !name.includes("@"))
            )
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin) {
    return;
  }
  const otherSite = OTHER_SITES.map((site) => new URL(site, SCOPE).pathname).find(
    (folder) => url.pathname.startsWith(folder) || url.pathname + "/" === folder
  );
  if (otherSite) {
    // That site's own worker (or the network) answers inside its folder;
    // its folder's name without the slash ("/es") is its home page, which
    // this site's offline copy would otherwise answer as an unknown page.
    if (request.mode === "navigate" && !url.pathname.startsWith(otherSite)) {
      event.respondWith(Response.redirect(new URL(otherSite + url.search, SCOPE).href, 301));
    }
    return;
  }
  if (request.mode === "navigate") {
    // Any app route: a prerendered page of this build if there is one, else
    // the app entry, so a shared link opens offline even if never visited.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const folder = url.pathname.endsWith("/") ? url.pathname : url.pathname + "/";
        const page = await cache.match(new URL(folder + "index.html", url).href);
        if (page) return page;
        const entry = await cache.match(APP_ENTRY);
        return entry || fetch(request);
      })
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(request)) || fetch(request))
  );
});
