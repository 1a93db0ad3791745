//! leptos_i18n's code generation with `dynamic_load`, as its book's
//! "Dynamic Loading of Translations" chapter sets it up for CSR: parse
//! locales/en.json and locales/es.json ("en" the default), write the `i18n`
//! module that src/main.rs includes, and write the translations as one
//! JSON file per locale into out/i18n/, beside wasm-bindgen's output, where
//! the app fetches them (`i18n/{locale}.json`, relative to the page).

use leptos_i18n_build::{Config, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    // Not in the book: run again if out/i18n/ is removed or changed, so that
    // a build always leaves the JSON files there (measure.sh reads them).
    // As this script writes them itself, cargo runs it (and compiles the
    // crate) again on every build: some seconds, no change to the output.
    println!("cargo::rerun-if-changed=out/i18n");

    let i18n_mod_directory = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("i18n");

    let cfg = Config::new("en")?
        .add_locale("es")?
        .translations_uri("i18n/{locale}.json");

    let translations_infos = TranslationsInfos::parse(cfg)?;

    translations_infos.emit_diagnostics();

    translations_infos.rerun_if_locales_changed();

    translations_infos.generate_i18n_module(i18n_mod_directory)?;

    translations_infos
        .get_translations()
        .write_to_dir("./out/i18n")?;

    Ok(())
}
