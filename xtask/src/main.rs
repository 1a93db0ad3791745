//! `cargo xtask serve | test | bench | dist`: the project's commands, which install
//! what they need (pinned versions) before they run.

mod bench;
mod composition;
mod dev;
mod floor;
mod html;
mod html_check;
mod pages;
mod run;
mod site;
mod split;
mod summary;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use run::{run_step, Step};

const USAGE: &str = "usage: cargo xtask \
    <serve [--dev] | test | bench | screenshots | dist [--public-url /path/]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => match &args[1..] {
            [] => serve(),
            [dev] if dev == "--dev" => dev::serve_dev(),
            _ => Err(USAGE.to_string()),
        },
        Some("test") => test(),
        Some("bench") => bench(),
        Some("screenshots") => screenshots(),
        Some("dist") => parse_public_url(&args[1..]).and_then(|url| dist(&url)),
        // Not for people: what `build_dist` and `test` run in an xtask built
        // for another language (`build_other_languages`).
        Some(LANGUAGE_SITES) => language_sites(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of xtask/). Taken from what `cargo run`
/// says at run time, not from where this binary was compiled: checkouts
/// that share a target directory share one compiled xtask, which must
/// build the checkout it was run in.
fn root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    Path::new(&manifest_dir)
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// A child process (a server) ended when this goes out of scope.
struct StopOnDrop(std::process::Child);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A folder of this checkout's own in the shared target directory: clones
/// share compiled crates, but two checkouts building or testing at once
/// must not write the same site (Trunk's staging folder, the test sites).
fn checkout_dir(env: &tools::ToolEnv, name: &str) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    root().hash(&mut hasher);
    env.target_dir
        .join("checkouts")
        .join(format!("{:016x}", hasher.finish()))
        .join(name)
}

/// A work folder's name for this xtask's language: English's as it is,
/// another language's with its code, so the two builds never share one.
fn of_this_language(name: &str) -> String {
    match ipt_companion::content::LANGUAGE {
        "en" => name.to_string(),
        language => format!("{name}-{language}"),
    }
}

fn parse_public_url(args: &[String]) -> Result<String, String> {
    match args {
        [] => Ok("/".to_string()),
        [flag, url] if flag == "--public-url" => normalise_public_url(url),
        _ => Err(USAGE.to_string()),
    }
}

/// Trunk and the router want the sub-path with one leading and one trailing
/// slash: `some/path` becomes `/some/path/`.
fn normalise_public_url(url: &str) -> Result<String, String> {
    let trimmed = url.trim().trim_matches('/');
    // The characters of a plain path only: the URL goes unquoted into the
    // HTML that Trunk wrote (see `site::PUBLIC_URL_TOKEN`).
    let plain = |c: char| c.is_ascii_alphanumeric() || "/-._~%".contains(c);
    if !trimmed.chars().all(plain) {
        return Err(format!(
            "--public-url takes a path such as /some/path/, not {url:?}"
        ));
    }
    if trimmed.is_empty() {
        Ok("/".to_string())
    } else {
        Ok(format!("/{trimmed}/"))
    }
}

/// Builds the release site (split, as it ships: an unsplit build cannot run
/// the lazy routes) and serves it as a plain static host would.
fn serve() -> Result<(), String> {
    let env = tools::ensure_build_tools(&root())?;
    let dist_dir = root().join("dist");
    build_dist(&env, "/", &dist_dir, "")?;
    tools::require_program("node", "Node.js (Debian: apt-get install nodejs npm)")?;
    println!("\nIPT Companion: serving on http://127.0.0.1:8080/ (Ctrl+C to stop)\n");
    run_step(&Step::new("serve dist/", "node").args([
        root().join("xtask/bench/site.mjs").into_os_string(),
        "serve".into(),
        dist_dir.into_os_string(),
        "8080".into(),
    ]))
}

fn dist(public_url: &str) -> Result<(), String> {
    let env = tools::ensure_build_tools(&root())?;
    build_dist(&env, public_url, &root().join("dist"), "").map(|_| ())
}

/// A release build of the static site, finished by [`site::finish`] (with
/// `404.html` as a second entry point, so a plain static host serves the app
/// for every route), with each other language's site in its folder.
/// `build_label` goes into the version, so the tests can make two builds
/// that differ as two releases would.
fn build_dist(
    env: &tools::ToolEnv,
    public_url: &str,
    dist_dir: &Path,
    build_label: &str,
) -> Result<split::SplitReport, String> {
    let built = build_site(env)?;
    finish_site(&built, public_url, dist_dir, build_label)?;
    build_other_languages(env, &[(public_url, dist_dir, build_label)])?;
    Ok(built.split)
}

/// The languages besides English (`routes::OTHER_LANGUAGES`), by the code
/// that names their Cargo feature, their folder under `src/content/` and
/// their site's folder (`/es/`).
use ipt_companion::routes::OTHER_LANGUAGES;

/// The hidden command that builds this xtask's language's site.
const LANGUAGE_SITES: &str = "language-sites";

/// Each other language's site, beside each English one in `sites` (public
/// URL, folder, build label): built once and finished into `<folder>/<code>/`
/// for `<public URL><code>/`. A build speaks one language, and the pages
/// are rendered natively by the app's own components, so the xtask that
/// writes them is built with that language's feature too: it is run as a
/// second program (Cargo keeps both builds).
fn build_other_languages(
    env: &tools::ToolEnv,
    sites: &[(&str, &Path, &str)],
) -> Result<(), String> {
    for language in OTHER_LANGUAGES {
        let mut step = Step::cargo(env, &format!("the {language} site"))
            .args(["run", "--quiet", "--package", "xtask", "--features"])
            .args([*language, "--", LANGUAGE_SITES]);
        for (public_url, dist_dir, build_label) in sites {
            step = step.args([
                format!("{public_url}{language}/"),
                dist_dir.join(language).to_string_lossy().into_owned(),
                build_label.to_string(),
            ]);
        }
        run_step(&step)?;
    }
    Ok(())
}

/// [`LANGUAGE_SITES`]: `args` are triples of public URL, folder and build
/// label.
fn language_sites(args: &[String]) -> Result<(), String> {
    if ipt_companion::content::LANGUAGE == "en" || args.is_empty() || !args.len().is_multiple_of(3)
    {
        return Err(format!(
            "{LANGUAGE_SITES} is run by `cargo xtask dist` in an xtask built for another language"
        ));
    }
    let env = tools::ensure_build_tools(&root())?;
    let built = build_site(&env)?;
    for site in args.chunks(3) {
        let public_url = normalise_public_url(&site[0])?;
        finish_site(&built, &public_url, Path::new(&site[1]), &site[2])?;
    }
    Ok(())
}

/// Trunk's build, split, before it knows its public URL: see
/// [`site::PUBLIC_URL_TOKEN`].
struct BuiltSite {
    dir: PathBuf,
    split: split::SplitReport,
}

/// The build of this xtask's language (`ipt_companion::content::LANGUAGE`):
/// the wasm is built with the same language feature as the pages.
fn build_site(env: &tools::ToolEnv) -> Result<BuiltSite, String> {
    let language = ipt_companion::content::LANGUAGE;
    let dir = checkout_dir(env, &of_this_language("site-build"));
    let features = (language != "en").then_some(language);
    let mut trunk = tools::trunk_command(env).args([
        "build",
        "--release",
        "--minify",
        "--public-url",
        site::PUBLIC_URL_TOKEN,
        "--dist",
        &dir.to_string_lossy(),
    ]);
    if let Some(features) = features {
        trunk = trunk.args(["--features", features]);
    }
    run_step(&trunk)?;
    let split = split::split_site(env, &dir)?;
    let chunk_bytes: u64 = split.chunks.iter().map(|(_, bytes)| bytes).sum();
    println!(
        "xtask: split the wasm into the main module and {} chunks ({chunk_bytes} bytes)",
        split.chunks.len()
    );
    Ok(BuiltSite { dir, split })
}

/// One site from the shared build: for `public_url`, as release
/// `build_label`, written to `dist_dir`.
fn finish_site(
    built: &BuiltSite,
    public_url: &str,
    dist_dir: &Path,
    build_label: &str,
) -> Result<(), String> {
    site::finish(
        &root(),
        &built.dir,
        dist_dir,
        public_url,
        build_label,
        &built.split,
    )?;
    println!("xtask: built {} for {public_url}", dist_dir.display());
    Ok(())
}

/// The bytes of the first load beside the framework floor's, Lighthouse,
/// then the large-data timings in
/// headless Chromium (see BENCHMARKS.md). Not a test: it prints numbers and
/// budgets, and CI does not run it.
fn bench() -> Result<(), String> {
    let root = root();
    let env = tools::ensure_build_tools(&root)?;
    tools::ensure_test_packages()?;
    let geckodriver = tools::ensure_geckodriver()?;
    let lighthouse_tools = tools::ensure_lighthouse(&root)?;
    // A site built before (another commit's, for a before-and-after
    // table): only Lighthouse, which needs nothing of the build's own.
    if let Some(given) = std::env::var_os("IPT_BENCH_DIST") {
        let reports = checkout_dir(&env, "bench-lighthouse");
        return bench::lighthouse(Path::new(&given), &lighthouse_tools, &reports);
    }
    let dist_dir = checkout_dir(&env, "bench-dist");
    let split = build_dist(&env, "/", &dist_dir, "")?;
    let floor = floor::build(&env)?;
    bench::first_load_bytes(&dist_dir, &split, &floor)?;
    let named_main = checkout_dir(&env, "wasm-split").join(split::NAMED_MAIN);
    println!(
        "\n{}",
        composition::report(&env, &named_main, &floor.named)?
    );
    if bench_part_wanted("engines") {
        first_load_per_engine(&env, &dist_dir, &geckodriver)?;
    }
    if bench_part_wanted("lighthouse") {
        let reports = checkout_dir(&env, "bench-lighthouse");
        bench::lighthouse(&dist_dir, &lighthouse_tools, &reports)?;
    }
    if !BENCH_TIMINGS.iter().any(|part| bench_part_wanted(part)) {
        return Ok(());
    }
    // The first-action timings load the site as a host serves it: gzip.
    let gzip_server = std::process::Command::new("node")
        .arg(root.join("xtask/bench/site.mjs"))
        .args([
            "serve".as_ref(),
            dist_dir.as_os_str(),
            BENCH_GZIP_PORT.as_ref(),
        ])
        .spawn()
        .map_err(|error| format!("cannot start the gzip server: {error}"))?;
    let _gzip_server = StopOnDrop(gzip_server);
    run_step(
        &Step::cargo(&env, "large-data and first-action timings")
            .args(["run", "--release", "-p", "e2e", "--example", "bench"])
            .env("IPT_DIST", &dist_dir)
            .env(
                "IPT_GZIP_ORIGIN",
                format!("http://127.0.0.1:{BENCH_GZIP_PORT}"),
            )
            .env("CHROMEDRIVER", tools::CHROMEDRIVER),
    )
}

/// The timings `e2e/examples/bench.rs` takes, by the names
/// `IPT_BENCH_ONLY` knows them by.
const BENCH_TIMINGS: [&str; 4] = ["first-action", "map", "journal", "lock"];

/// Whether `cargo xtask bench` runs `part`: every part, unless
/// `IPT_BENCH_ONLY` lists some (comma-separated: `engines`, `lighthouse`
/// and the timings' names; the bytes and the floor are always measured).
/// The timings example reads the same variable.
fn bench_part_wanted(part: &str) -> bool {
    std::env::var("IPT_BENCH_ONLY")
        .map_or(true, |only| only.split(',').any(|name| name.trim() == part))
}

/// The downloads of a first visit to `/learn/grief` and `/journal` in each
/// engine, counted at the test server (`e2e/tests/downloads.rs`, which
/// also fails if a file is downloaded twice): its `first load` lines.
fn first_load_per_engine(
    env: &tools::ToolEnv,
    dist_dir: &Path,
    geckodriver: &Path,
) -> Result<(), String> {
    let mut lines = Vec::new();
    for engine in ["chromium", "firefox", "webkit"] {
        let step = Step::cargo(env, &format!("first-load downloads in {engine}"))
            .args(["test", "-p", "e2e", "--test", "downloads"])
            .args(["--", "--test-threads=1", "--nocapture"])
            .env("IPT_BROWSER", engine)
            .env("IPT_DIST", dist_dir)
            .env("GECKODRIVER", geckodriver)
            .env("CHROMEDRIVER", tools::CHROMEDRIVER);
        let output = run::run_captured(&step)?;
        lines.extend(
            output
                .lines()
                .filter(|line| line.starts_with("first load "))
                .map(str::to_string),
        );
    }
    println!("\nFirst load per engine (uncompressed bytes at the test server, fresh profile):");
    for line in lines {
        println!("  {line}");
    }
    Ok(())
}

/// The README's pictures (and the rest, for looking at the pages): the
/// built site with the example data, at phone and laptop size, light and
/// dark, into `docs/screenshots/`.
fn screenshots() -> Result<(), String> {
    let root = root();
    let env = tools::ensure_build_tools(&root)?;
    tools::ensure_browser()?;
    let dist_dir = checkout_dir(&env, "screenshots-dist");
    build_dist(&env, "/", &dist_dir, "")?;
    run_step(
        &Step::cargo(&env, "screenshots with the example data")
            .args(["run", "--release", "-p", "e2e", "--example", "screenshots"])
            .env("IPT_DIST", &dist_dir)
            .env("IPT_SCREENSHOTS_DIR", root.join("docs/screenshots"))
            .env("CHROMEDRIVER", tools::CHROMEDRIVER),
    )
}

/// Where `cargo xtask bench` serves the site gzip-compressed for the
/// first-action timings (loopback only).
const BENCH_GZIP_PORT: &str = "8097";

/// The end-to-end test files that `cargo xtask test` runs in Firefox and
/// WebKit too (`IPT_BROWSER`): chosen by what differs between engines.
const E2E_IN_EVERY_ENGINE: [&str; 2] = ["smoke", "downloads"];

/// The sub-path the end-to-end tests host the second build under.
const E2E_SUB_PATH: &str = "/ipt-companion/";

fn test() -> Result<(), String> {
    let root = root();
    let env = tools::ensure_build_tools(&root)?;
    tools::ensure_test_packages()?;
    let geckodriver = tools::ensure_geckodriver()?;
    let vnu_jar = tools::ensure_html_checker(&root)?;
    let axe_core = tools::ensure_axe_core(&root)?;
    let leptosfmt = tools::ensure_leptosfmt()?;
    let mut totals = summary::Totals::default();

    run_step(&Step::cargo(&env, "formatting").args(["fmt", "--all", "--", "--check"]))?;
    // rustfmt leaves macro bodies alone; leptosfmt formats the views, with
    // leptosfmt.toml (rustfmt's indent; a wider line, which rustfmt never
    // sees inside a view).
    run_step(&Step::new("formatting of view! macros", leptosfmt).args([
        "--config-file",
        "leptosfmt.toml",
        "--check",
        "--quiet",
        "src",
        "tests",
    ]))?;
    for target in [None, Some("wasm32-unknown-unknown")] {
        let mut step = Step::cargo(&env, "clippy").args(["clippy", "--all-targets"]);
        if let Some(target) = target {
            step = step.args(["--target", target, "-p", "ipt-companion"]);
        } else {
            step = step.args(["--workspace"]);
        }
        run_step(&step.args(["--", "-D", "warnings"]))?;
        // Each other language's build: its words must have every item the
        // code uses (a missing one fails here), and lint clean.
        for language in OTHER_LANGUAGES {
            let mut step = Step::cargo(&env, &format!("clippy, the {language} build"))
                .args(["clippy", "--all-targets", "-p", "ipt-companion"])
                .args(["--features", language]);
            if let Some(target) = target {
                step = step.args(["--target", target]);
            }
            run_step(&step.args(["--", "-D", "warnings"]))?;
        }
    }
    // rustfmt formats the files a build reaches; another language's words
    // are reached only with its feature, so they are checked by name.
    for language in OTHER_LANGUAGES {
        let folder = root.join("src/content").join(language);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(|error| format!("{}: {error}", folder.display()))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        files.sort();
        run_step(
            &Step::new(&format!("formatting of the {language} words"), "rustfmt")
                .args(["--edition", "2021", "--check"])
                .args(files),
        )?;
    }

    // Native tests: the model, the content, the xtask and the e2e helpers.
    let native =
        Step::cargo(&env, "native tests").args(["test", "--workspace", "--exclude", "e2e"]);
    totals.add(&run::run_counted(&native)?);
    // The tests of each other language's build: its PHQ-9 and crisis
    // lines against the brief (tests/spanish.rs; `crisis_contacts.rs`
    // checks the English lists), the phone numbers, the key check, the
    // content's shape and counts, and every page rendered natively in it.
    for language in OTHER_LANGUAGES {
        let step = Step::cargo(&env, &format!("native tests, the {language} build"))
            .args(["test", "-p", "ipt-companion", "--features", language])
            .args([
                "--test",
                "spanish",
                "--test",
                "languages",
                "--test",
                "phone_numbers",
            ])
            .args(["--test", "render", "--test", "content"]);
        totals.add(&run::run_counted(&step)?);
    }

    // Component tests in headless Chromium through wasm-bindgen-test-runner.
    // Its chromedriver and Chromium get a temporary folder of their own,
    // emptied before and after: in the system's one, each run left two
    // Chromium folders of about 140 MB (480 of them, 16 GB, were found).
    // A short path in the system's folder: Chromium's profile holds a Unix
    // socket, whose path may not pass 107 bytes (under the target
    // directory, Chromium could not start).
    let wasm_test_tmp = std::env::temp_dir().join(format!("ipt-wbt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&wasm_test_tmp);
    std::fs::create_dir_all(&wasm_test_tmp).map_err(|e| e.to_string())?;
    let wasm = Step::cargo(&env, "browser tests (wasm-bindgen-test)")
        .args([
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "ipt-companion",
            "--tests",
        ])
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .env("TMPDIR", &wasm_test_tmp);
    let wasm_result = run::run_counted(&wasm);
    let _ = std::fs::remove_dir_all(&wasm_test_tmp);
    totals.add(&wasm_result?);

    // End to end: the release site on a plain static server, built once and
    // finished three times: at the root, for a sub-path (as GitHub Pages
    // project sites are) and, for the update test, as a second release of
    // the root site.
    let started = std::time::Instant::now();
    let built = build_site(&env)?;
    let dist_dir = checkout_dir(&env, "e2e-dist");
    finish_site(&built, "/", &dist_dir, "")?;
    let sub_path_dist_dir = checkout_dir(&env, "e2e-dist-sub-path");
    finish_site(&built, E2E_SUB_PATH, &sub_path_dist_dir, "")?;
    let next_dist_dir = checkout_dir(&env, "e2e-dist-next");
    finish_site(&built, "/", &next_dist_dir, "next")?;
    build_other_languages(
        &env,
        &[
            ("/", &dist_dir, ""),
            (E2E_SUB_PATH, &sub_path_dist_dir, ""),
            ("/", &next_dist_dir, "next"),
        ],
    )?;
    println!(
        "xtask: built the three test sites in {} s",
        started.elapsed().as_secs()
    );
    // Every page as served, at the root and under the sub-path (the next
    // release differs from the root site only in its version).
    totals.add(&html_check::check_sites(
        &vnu_jar,
        &[&dist_dir, &sub_path_dist_dir],
    )?);
    let e2e = Step::cargo(&env, "end-to-end tests (and their helpers' unit tests)")
        // Every test file runs even when one fails, so the summary counts
        // every failure, not only the first file's.
        .args([
            "test",
            "-p",
            "e2e",
            "--tests",
            "--no-fail-fast",
            "--",
            "--test-threads=2",
        ])
        .env("IPT_DIST", &dist_dir)
        .env("IPT_DIST_SUB_PATH", &sub_path_dist_dir)
        .env("IPT_DIST_NEXT", &next_dist_dir)
        .env("IPT_SUB_PATH", E2E_SUB_PATH)
        .env("AXE_CORE_JS", &axe_core)
        .env("CHROMEDRIVER", tools::CHROMEDRIVER);
    totals.add(&run::run_counted(&e2e)?);

    // The other two engines run the files of what differs between engines
    // (`E2E_IN_EVERY_ENGINE`); Chromium ran them above with the rest.
    let started = std::time::Instant::now();
    for engine in ["firefox", "webkit"] {
        let mut step = Step::cargo(&env, &format!("end-to-end smoke set in {engine}"))
            .args(["test", "-p", "e2e"]);
        for test in E2E_IN_EVERY_ENGINE {
            step = step.args(["--test", test]);
        }
        let step = step
            .args(["--", "--test-threads=2"])
            .env("IPT_BROWSER", engine)
            .env("IPT_DIST", &dist_dir)
            .env("GECKODRIVER", &geckodriver);
        totals.add(&run::run_counted(&step)?);
    }
    println!(
        "xtask: the smoke set in Firefox and WebKit took {} s",
        started.elapsed().as_secs()
    );

    // The development build (`cargo xtask serve --dev`: debug, unsplit, the
    // lazy routes eager) runs: every public route opens in it.
    let started = std::time::Instant::now();
    let dev_dist = dev::build_once(&env)?;
    let dev = Step::cargo(&env, "development build: every route opens")
        .args(["test", "-p", "e2e", "--test", "smoke", "--"])
        .args(["every_public_route_opens_with_its_heading_and_the_crisis_link"])
        .env("IPT_DIST", &dev_dist)
        .env("CHROMEDRIVER", tools::CHROMEDRIVER);
    totals.add(&run::run_counted(&dev)?);
    println!(
        "xtask: the development build and its check took {} s",
        started.elapsed().as_secs()
    );

    println!("\n{}", totals.line());
    if totals.failed > 0 {
        return Err(format!("{} test(s) failed", totals.failed));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_gets_one_leading_and_one_trailing_slash() {
        assert_eq!(normalise_public_url("/").unwrap(), "/");
        assert_eq!(normalise_public_url("ipt").unwrap(), "/ipt/");
        assert_eq!(normalise_public_url("/a/b").unwrap(), "/a/b/");
        assert_eq!(normalise_public_url("/a/b/").unwrap(), "/a/b/");
    }

    #[test]
    fn public_url_refuses_full_urls_and_queries() {
        assert!(normalise_public_url("https://example.org/x").is_err());
        assert!(normalise_public_url("/x?y").is_err());
        assert!(normalise_public_url("/x'y/").is_err());
    }

    #[test]
    fn dist_takes_only_the_public_url_flag() {
        assert_eq!(parse_public_url(&[]).unwrap(), "/");
        let args = ["--public-url".to_string(), "app".to_string()];
        assert_eq!(parse_public_url(&args).unwrap(), "/app/");
        assert!(parse_public_url(&["--other".to_string()]).is_err());
    }
}
