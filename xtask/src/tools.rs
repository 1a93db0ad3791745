//! Installing the pinned tools, idempotently: each is checked by its version
//! first and installed only when missing or different.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run::{run_step, Step};

pub const TRUNK_VERSION: &str = "0.21.14";
/// Formats the `view!` macros, which rustfmt leaves as they are. 0.1.33
/// (January 2025) is the latest release; it parses Leptos 0.7 and 0.8 views.
pub const LEPTOSFMT_VERSION: &str = "0.1.33";
pub const BINARYEN_NPM_VERSION: &str = "132.0.0";
/// The accessibility checker the end-to-end tests inject into every page.
pub const AXE_CORE_NPM_VERSION: &str = "4.14.1";
/// For `cargo xtask bench`. The last release that runs on Debian 12's
/// Node 20 (Lighthouse 13 needs Node 22.19).
pub const LIGHTHOUSE_NPM_VERSION: &str = "12.8.2";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The W3C Nu HTML checker, run over every built page by `cargo xtask test`.
pub const VNU_JAR_NPM_VERSION: &str = "26.9.27";
/// Firefox ESR's WebDriver server. 0.37.1 drives Firefox 153 ESR.
pub const GECKODRIVER_VERSION: &str = "0.37.1";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";
/// WebKitGTK's own small browser, which WebKitWebDriver starts.
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/// The virtual display MiniBrowser runs in (its `--headless` hangs a
/// WebDriver session).
pub const XVFB: &str = "/usr/bin/Xvfb";
pub const JAVA: &str = "/usr/bin/java";

/// Where the tools are and where builds go, passed to every step.
pub struct ToolEnv {
    pub path: OsString,
    pub target_dir: PathBuf,
}

impl ToolEnv {
    pub fn variables(&self) -> Vec<(String, OsString)> {
        vec![
            ("PATH".to_string(), self.path.clone()),
            (
                "CARGO_TARGET_DIR".to_string(),
                self.target_dir.clone().into_os_string(),
            ),
        ]
    }
}

pub fn trunk_command(env: &ToolEnv) -> Step {
    Step::with_tool_env(env, "trunk", cargo_bin().join("trunk"))
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cargo"))
        .join("bin")
}

/// One target directory shared by every clone on this machine, so a fresh
/// clone (as in CI) does not rebuild the dependencies from nothing.
fn shared_target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cache/ipt-companion-target"))
}

/// The first line a program prints for `--version`, if it runs at all.
fn version_of(program: &Path, path: &OsString) -> Option<String> {
    let output = Command::new(program)
        .arg("--version")
        .env("PATH", path)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .next()
        .map(|line| line.trim().to_string())
}

/// The version of a package in Cargo.lock (the first entry of that name).
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let needle = format!("name = \"{package}\"\n");
    let start = lock.find(&needle)? + needle.len();
    let line = lock[start..].lines().next()?;
    let version = line.strip_prefix("version = \"")?.strip_suffix('"')?;
    Some(version.to_string())
}

/// The wasm target, Trunk, wasm-bindgen-cli (at Cargo.lock's version, which
/// also brings wasm-bindgen-test-runner) and npm's binaryen wasm-opt.
pub fn ensure_build_tools(root: &Path) -> Result<ToolEnv, String> {
    let node_bin = root.join("tools/node_modules/.bin");
    let mut paths = vec![node_bin.clone(), cargo_bin()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(paths).map_err(|error| error.to_string())?;
    let env = ToolEnv {
        path,
        target_dir: shared_target_dir(),
    };

    ensure_wasm_target()?;

    let trunk = cargo_bin().join("trunk");
    if version_of(&trunk, &env.path).as_deref() != Some(&format!("trunk {TRUNK_VERSION}")) {
        run_step(&Step::new("install trunk", "cargo").args([
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
            "--force",
        ]))?;
    }

    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let bindgen_version =
        locked_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen entry")?;
    let bindgen = cargo_bin().join("wasm-bindgen");
    let runner = cargo_bin().join("wasm-bindgen-test-runner");
    let wanted = format!("wasm-bindgen {bindgen_version}");
    let bindgen_ok = version_of(&bindgen, &env.path).as_deref() == Some(wanted.as_str());
    let runner_ok = version_of(&runner, &env.path).is_some_and(|v| v.contains(&bindgen_version));
    if !bindgen_ok || !runner_ok {
        // `--locked` failed for this crate on this machine once; the
        // version pin is what matters for Trunk and the test runner.
        run_step(&Step::new("install wasm-bindgen-cli", "cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen_version,
            "--force",
        ]))?;
    }

    let wasm_opt = node_bin.join("wasm-opt");
    let wasm_opt_version = version_of(&wasm_opt, &env.path).unwrap_or_default();
    if !wasm_opt_version.contains(&format!("version {}", major(BINARYEN_NPM_VERSION))) {
        npm_install(
            root,
            "install binaryen (wasm-opt)",
            "binaryen",
            BINARYEN_NPM_VERSION,
        )?;
    }
    Ok(env)
}

/// leptosfmt, for `cargo xtask test`'s formatting check; returns its path.
pub fn ensure_leptosfmt() -> Result<PathBuf, String> {
    let leptosfmt = cargo_bin().join("leptosfmt");
    let path = std::env::var_os("PATH").unwrap_or_default();
    if version_of(&leptosfmt, &path).as_deref() != Some(&format!("leptosfmt {LEPTOSFMT_VERSION}")) {
        run_step(&Step::new("install leptosfmt", "cargo").args([
            "install",
            "leptosfmt",
            "--version",
            LEPTOSFMT_VERSION,
            "--locked",
            "--force",
        ]))?;
    }
    Ok(leptosfmt)
}

/// npm's axe-core, for the accessibility checks of the end-to-end tests;
/// returns the path of its `axe.min.js`.
pub fn ensure_axe_core(root: &Path) -> Result<PathBuf, String> {
    let package = root.join("tools/node_modules/axe-core");
    let installed = std::fs::read_to_string(package.join("package.json")).unwrap_or_default();
    if package_json_version(&installed).as_deref() != Some(AXE_CORE_NPM_VERSION) {
        npm_install(root, "install axe-core", "axe-core", AXE_CORE_NPM_VERSION)?;
    }
    let script = package.join("axe.min.js");
    if !script.is_file() {
        return Err(format!(
            "npm installed axe-core without {}",
            script.display()
        ));
    }
    Ok(script)
}

/// npm's Lighthouse, for `cargo xtask bench`; returns the `tools/` folder
/// whose `node_modules` holds it.
pub fn ensure_lighthouse(root: &Path) -> Result<PathBuf, String> {
    let tools_dir = root.join("tools");
    let package = tools_dir.join("node_modules/lighthouse/package.json");
    let installed = std::fs::read_to_string(package).unwrap_or_default();
    if package_json_version(&installed).as_deref() != Some(LIGHTHOUSE_NPM_VERSION) {
        npm_install(
            root,
            "install lighthouse",
            "lighthouse",
            LIGHTHOUSE_NPM_VERSION,
        )?;
    }
    Ok(tools_dir)
}

/// `npm install` of one exact version into `tools/` (ignored by git).
fn npm_install(root: &Path, step_name: &str, package: &str, version: &str) -> Result<(), String> {
    require_program(
        "npm",
        "Node.js and npm (Debian: apt-get install nodejs npm)",
    )?;
    let tools_dir = root.join("tools");
    std::fs::create_dir_all(&tools_dir).map_err(|error| error.to_string())?;
    run_step(&Step::new(step_name, "npm").args([
        "install".to_string(),
        "--prefix".to_string(),
        tools_dir.to_string_lossy().into_owned(),
        "--no-audit".to_string(),
        "--no-fund".to_string(),
        "--save-exact".to_string(),
        format!("{package}@{version}"),
    ]))
}

/// The top-level `"version"` of a package.json, read without a JSON parser
/// (npm writes it on a line of its own, before any dependency list).
fn package_json_version(package_json: &str) -> Option<String> {
    package_json.lines().find_map(|line| {
        let value = line.trim().strip_prefix("\"version\":")?.trim();
        let value = value.trim_end_matches(',').trim();
        Some(value.strip_prefix('"')?.strip_suffix('"')?.to_string())
    })
}

fn major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

fn ensure_wasm_target() -> Result<(), String> {
    require_program(
        "rustup",
        "rustup (https://rustup.rs), which manages the Rust toolchain",
    )?;
    let output = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .current_dir(crate::root())
        .output()
        .map_err(|error| format!("rustup: {error}"))?;
    if String::from_utf8_lossy(&output.stdout)
        .lines()
        .any(|line| line.trim() == WASM_TARGET)
    {
        return Ok(());
    }
    run_step(&Step::new("add the wasm target", "rustup").args(["target", "add", WASM_TARGET]))
}

pub fn require_program(program: &str, what: &str) -> Result<(), String> {
    let found = Command::new(program).arg("--version").output().is_ok();
    if found {
        Ok(())
    } else {
        Err(format!(
            "`{program}` is missing: install {what}, then run this again"
        ))
    }
}

/// Debian's Chromium and ChromeDriver for the browser tests.
pub fn ensure_browser() -> Result<(), String> {
    let missing = missing_packages(&[(CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")]);
    if missing.is_empty() {
        return Ok(());
    }
    install_debian_packages(&missing)
}

/// Everything `cargo xtask test` needs from Debian, with one `apt-get
/// update`: Chromium and ChromeDriver; Firefox ESR and WebKitGTK's
/// WebDriver (with MiniBrowser) and Xvfb, its virtual display, for the
/// other two engines; Java 11 or later for the HTML checker.
pub fn ensure_test_packages() -> Result<(), String> {
    let mut missing = missing_packages(&[
        (CHROMIUM, "chromium"),
        (CHROMEDRIVER, "chromium-driver"),
        (FIREFOX, "firefox-esr"),
        (WEBKIT_WEBDRIVER, "webkit2gtk-driver"),
        (MINIBROWSER, "webkit2gtk-driver"),
        (XVFB, "xvfb"),
    ]);
    if java_major_version().is_none_or(|major| major < 11) {
        missing.push("default-jre-headless");
    }
    if missing.is_empty() {
        return Ok(());
    }
    install_debian_packages(&missing)
}

/// geckodriver, Firefox's WebDriver server, from crates.io; returns its
/// path.
pub fn ensure_geckodriver() -> Result<PathBuf, String> {
    let geckodriver = cargo_bin().join("geckodriver");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let installed = version_of(&geckodriver, &path).unwrap_or_default();
    if !installed.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}")) {
        run_step(&Step::new("install geckodriver", "cargo").args([
            "install",
            "geckodriver",
            "--version",
            GECKODRIVER_VERSION,
            "--locked",
            "--force",
        ]))?;
    }
    Ok(geckodriver)
}

/// npm's vnu-jar, the HTML checker (run by Java, see
/// [`ensure_test_packages`]); returns the path of `vnu.jar`.
pub fn ensure_html_checker(root: &Path) -> Result<PathBuf, String> {
    let package = root.join("tools/node_modules/vnu-jar");
    let installed = std::fs::read_to_string(package.join("package.json")).unwrap_or_default();
    if package_json_version(&installed).as_deref() != Some(VNU_JAR_NPM_VERSION) {
        npm_install(root, "install vnu-jar", "vnu-jar", VNU_JAR_NPM_VERSION)?;
    }
    let jar = package.join("build/dist/vnu.jar");
    if !jar.is_file() {
        return Err(format!("npm installed vnu-jar without {}", jar.display()));
    }
    Ok(jar)
}

/// The major version `java -version` reports (on stderr), if Java runs.
fn java_major_version() -> Option<u32> {
    let output = Command::new(JAVA).arg("-version").output().ok()?;
    java_major(&String::from_utf8_lossy(&output.stderr))
}

/// `openjdk version "17.0.15" 2025-04-15` is 17; `"1.8.0_392"` is 8.
fn java_major(version_output: &str) -> Option<u32> {
    let quoted = version_output.split('"').nth(1)?;
    let mut parts = quoted.split(['.', '_', '-']);
    let first: u32 = parts.next()?.parse().ok()?;
    if first == 1 {
        parts.next()?.parse().ok()
    } else {
        Some(first)
    }
}

/// The Debian packages whose file (the first of each pair) is missing.
fn missing_packages<'a>(files_and_packages: &[(&str, &'a str)]) -> Vec<&'a str> {
    let mut missing: Vec<&str> = files_and_packages
        .iter()
        .filter(|(file, _)| !Path::new(file).is_file())
        .map(|(_, package)| *package)
        .collect();
    missing.dedup();
    missing
}

/// `apt-get update` once, then `apt-get install` of `packages`.
fn install_debian_packages(packages: &[&str]) -> Result<(), String> {
    let is_debian = Path::new("/etc/debian_version").is_file();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0");
    if !is_debian || !is_root {
        return Err(format!(
            "the tests need Debian's {} (as root: apt-get install {}); \
             elsewhere, install the same programs, then run this again",
            packages.join(", "),
            packages.join(" ")
        ));
    }
    run_step(
        &Step::new("apt-get update", "apt-get")
            .args(["update"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    run_step(
        &Step::new(&format!("install {}", packages.join(", ")), "apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
    }

    #[test]
    fn does_not_confuse_packages_with_a_common_prefix() {
        let lock = "name = \"wasm-bindgen-macro\"\nversion = \"9\"\nname = \"wasm-bindgen\"\nversion = \"0.2.1\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.1")
        );
        assert_eq!(locked_version(lock, "trunk"), None);
    }

    #[test]
    fn reads_the_version_of_a_package_json() {
        let json =
            "{\n  \"name\": \"axe-core\",\n  \"version\": \"4.14.1\",\n  \"dependencies\": {}\n}\n";
        assert_eq!(package_json_version(json).as_deref(), Some("4.14.1"));
        assert_eq!(package_json_version(""), None);
    }

    #[test]
    fn reads_the_major_version_of_java() {
        let openjdk = "openjdk version \"17.0.15\" 2025-04-15\nOpenJDK Runtime Environment";
        assert_eq!(java_major(openjdk), Some(17));
        assert_eq!(java_major("java version \"1.8.0_392\""), Some(8));
        assert_eq!(java_major("bash: java: not found"), None);
    }

    #[test]
    fn binaryen_major_version_is_what_trunk_checks() {
        assert_eq!(major(BINARYEN_NPM_VERSION), "132");
    }
}
