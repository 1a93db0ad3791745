//! What the main module is made of (issue 26): each function's size in the
//! optimised wasm, named from the wasm's name section, grouped by crate
//! and, for the app's own code, by module; and the data segments, which
//! the split cannot move.
//!
//! The split keeps a copy of the main module before wasm-opt
//! (`split::NAMED_MAIN`); [`report`] optimises that copy as the build does
//! but with `-g`, so the names survive and the sizes are the shipped ones
//! (within the few bytes the names change in wasm-opt's choices).

use std::collections::BTreeMap;
use std::path::Path;

use crate::run::{run_quietly, Step};
use crate::tools::ToolEnv;

/// The app's crate as it appears in symbol paths.
const APP_CRATE: &str = "ipt_companion";
/// The floor's (`xtask/bench/floor`).
const FLOOR_CRATE: &str = "ipt_floor";

/// One function of the module: its demangled name and its body's bytes.
#[derive(Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub bytes: u64,
}

/// The parts of a module that count for its size.
#[derive(Debug, Default)]
pub struct Parts {
    pub functions: Vec<Function>,
    /// Bytes of every data segment (static text, tables, constants).
    pub data_bytes: u64,
    /// The whole file without its name section: what ships.
    pub total_bytes: u64,
}

/// Reads the function bodies, their names and the data segments of a
/// wasm module. Functions with no name are named by their index.
pub fn parts(wasm: &[u8]) -> Result<Parts, String> {
    let mut imported_functions = 0u32;
    let mut body_sizes = Vec::new();
    let mut names = BTreeMap::new();
    let mut data_bytes = 0u64;
    let mut name_section_bytes = 0u64;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            wasmparser::Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        imported_functions += 1;
                    }
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let range = body.range();
                body_sizes.push(range.end - range.start);
            }
            wasmparser::Payload::DataSection(section) => {
                for data in section {
                    data_bytes += data.map_err(|e| e.to_string())?.data.len() as u64;
                }
            }
            wasmparser::Payload::CustomSection(section) => {
                if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
                    let range = section.range();
                    name_section_bytes += range.end - range.start;
                    for name in reader {
                        if let wasmparser::Name::Function(map) = name.map_err(|e| e.to_string())? {
                            for naming in map {
                                let naming = naming.map_err(|e| e.to_string())?;
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let functions = body_sizes
        .into_iter()
        .enumerate()
        .map(|(at, bytes)| {
            let index = imported_functions + at as u32;
            let name = names
                .get(&index)
                .map(|name| rustc_demangle::demangle(name).to_string())
                .unwrap_or_else(|| format!("function #{index}"));
            Function { name, bytes }
        })
        .collect();
    Ok(Parts {
        functions,
        data_bytes,
        total_bytes: wasm.len() as u64 - name_section_bytes,
    })
}

/// The demangled name without its trailing hash (`::h0123…`), so every
/// copy of one generic function has the same path.
pub fn without_hash(name: &str) -> &str {
    match name.rfind("::h") {
        Some(at)
            if name.len() - at == 19
                && name[at + 3..].bytes().all(|byte| byte.is_ascii_hexdigit()) =>
        {
            &name[..at]
        }
        _ => name,
    }
}

/// Where a function's bytes are counted: the app's module (two levels
/// below the crate, `ipt_companion::pages::journal`) if its name mentions
/// the app anywhere (an app type's trait impl, a closure in an app
/// function), else the crate its path starts with.
pub fn owner(name: &str) -> String {
    if let Some(at) = name.find(&format!("{APP_CRATE}::")) {
        let path: String = name[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        // `ipt_companion::pages::journal::…` → its first two levels; a
        // type or function right under the crate stays at one.
        let keep = segments
            .iter()
            .take(3)
            .take_while(|segment| segment.chars().next().is_some_and(|c| c.is_lowercase()))
            .count()
            .max(1);
        return segments[..keep].join("::");
    }
    let path = name.trim_start_matches(['<', '&', '*']);
    let path = path.strip_prefix("dyn ").unwrap_or(path);
    let path = path.strip_prefix("mut ").unwrap_or(path);
    // `<T as tachys::view::Render>::build`, `<Match as leptos_router::…>`:
    // a type named without its path; the trait's crate is the owner.
    let path = match path.split_once(" as ") {
        Some((self_type, trait_path)) if !self_type.contains("::") => trait_path,
        _ => path,
    };
    let crate_name: String = path
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if crate_name.is_empty() || crate_name.starts_with("function") {
        "(no name)".to_string()
    } else {
        crate_name
    }
}

/// Bytes and function count per key, largest first.
fn grouped<'a>(
    functions: impl Iterator<Item = &'a Function>,
    key: impl Fn(&Function) -> String,
) -> Vec<(String, u64, usize)> {
    let mut groups: BTreeMap<String, (u64, usize)> = BTreeMap::new();
    for function in functions {
        let entry = groups.entry(key(function)).or_default();
        entry.0 += function.bytes;
        entry.1 += 1;
    }
    let mut rows: Vec<_> = groups
        .into_iter()
        .map(|(key, (bytes, count))| (key, bytes, count))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows
}

/// The report's tables: by crate, by app module, the generic functions
/// with most copies, and the data.
pub fn describe(parts: &Parts) -> String {
    let code: u64 = parts.functions.iter().map(|f| f.bytes).sum();
    let percent = |bytes: u64| format!("{:.1}%", 100.0 * bytes as f64 / parts.total_bytes as f64);
    let kb = |bytes: u64| format!("{:.1}", bytes as f64 / 1000.0);
    let mut out = format!(
        "The main module's wasm, {} KB raw: code {} KB ({} functions), data {} KB ({}).\n",
        kb(parts.total_bytes),
        kb(code),
        parts.functions.len(),
        kb(parts.data_bytes),
        percent(parts.data_bytes),
    );
    let crates = grouped(parts.functions.iter(), |f| {
        let owner = owner(&f.name);
        if owner.starts_with(APP_CRATE) {
            APP_CRATE.to_string()
        } else {
            owner
        }
    });
    out.push_str("\nBy crate (a function naming the app's code anywhere counts as the app's):\n\n");
    out.push_str(&rows_table(&crates, 14, &kb, &percent));
    let app: Vec<_> = grouped(parts.functions.iter(), |f| owner(&f.name))
        .into_iter()
        .filter(|(key, ..)| key.starts_with(APP_CRATE))
        .collect();
    out.push_str("\nThe app's code by module:\n\n");
    out.push_str(&rows_table(&app, 24, &kb, &percent));
    let copies: Vec<_> = grouped(parts.functions.iter(), |f| {
        without_hash(&f.name).to_string()
    })
    .into_iter()
    .filter(|(_, _, count)| *count > 1)
    .collect();
    out.push_str("\nFunctions with more than one copy (a generic instantiated per type):\n\n");
    out.push_str(&rows_table(&copies, 12, &kb, &percent));
    out
}

fn rows_table(
    rows: &[(String, u64, usize)],
    limit: usize,
    kb: &dyn Fn(u64) -> String,
    percent: &dyn Fn(u64) -> String,
) -> String {
    let mut out =
        String::from("| what | KB raw | of the module | functions |\n|---|---|---|---|\n");
    for (key, bytes, count) in rows.iter().take(limit) {
        let key: String = key.chars().take(90).collect();
        out.push_str(&format!(
            "| `{key}` | {} | {} | {count} |\n",
            kb(*bytes),
            percent(*bytes)
        ));
    }
    let rest: Vec<_> = rows.iter().skip(limit).collect();
    if !rest.is_empty() {
        let bytes = rest.iter().map(|row| row.1).sum();
        let count: usize = rest.iter().map(|row| row.2).sum();
        out.push_str(&format!(
            "| {} more | {} | {} | {count} |\n",
            rest.len(),
            kb(bytes),
            percent(bytes)
        ));
    }
    out
}

/// Optimises a named copy of a module as the build does, keeping the
/// names, and reads its parts.
fn optimised_parts(env: &ToolEnv, named: &Path) -> Result<Parts, String> {
    let optimised = named.with_extension("opt-g.wasm");
    run_quietly(
        &Step::with_tool_env(env, "wasm-opt -g (a named copy)", "wasm-opt")
            .args(crate::split::WASM_OPT_FLAGS)
            .args([
                "-g".as_ref(),
                named.as_os_str(),
                "-o".as_ref(),
                optimised.as_os_str(),
            ]),
    )?;
    parts(&std::fs::read(&optimised).map_err(|e| e.to_string())?)
}

/// What the main module is made of, and its crates beside the floor's
/// (both from named copies, optimised as they ship).
pub fn report(env: &ToolEnv, named_main: &Path, named_floor: &Path) -> Result<String, String> {
    let main = optimised_parts(env, named_main)?;
    let floor = optimised_parts(env, named_floor)?;
    Ok(format!(
        "{}\n{}",
        describe(&main),
        beside_the_floor(&main, &floor)
    ))
}

/// The crates' code (and the data) in the main module and in the floor,
/// largest difference first: what the app adds to the framework's least.
pub fn beside_the_floor(main: &Parts, floor: &Parts) -> String {
    let by_crate = |parts: &Parts| -> BTreeMap<String, u64> {
        let mut bytes = BTreeMap::new();
        for function in &parts.functions {
            let owner = owner(&function.name);
            let key = if owner.starts_with(APP_CRATE) || owner == FLOOR_CRATE {
                "(the app's own code)".to_string()
            } else {
                owner
            };
            *bytes.entry(key).or_default() += function.bytes;
        }
        bytes.insert("(data)".to_string(), parts.data_bytes);
        bytes
    };
    let (main, floor) = (by_crate(main), by_crate(floor));
    let mut keys: Vec<&String> = main.keys().chain(floor.keys()).collect();
    keys.sort();
    keys.dedup();
    let value = |map: &BTreeMap<String, u64>, key: &String| map.get(key).copied().unwrap_or(0);
    keys.sort_by_key(|key| std::cmp::Reverse(value(&main, key).saturating_sub(value(&floor, key))));
    let kb = |bytes: u64| format!("{:.1}", bytes as f64 / 1000.0);
    let mut out = String::from(
        "Beside the floor (KB raw, optimised as shipped; the floor's own code counts as the app's):\n\n\
         | crate | main module | floor | added |\n|---|---|---|---|\n",
    );
    for key in keys.iter().take(16) {
        let (in_main, in_floor) = (value(&main, key), value(&floor, key));
        out.push_str(&format!(
            "| `{key}` | {} | {} | {} |\n",
            kb(in_main),
            kb(in_floor),
            kb(in_main.saturating_sub(in_floor))
        ));
    }
    out
}

/// Code that must not be in the main module (issue 26): the areas a first
/// visit does not read (their serde code, which the stores instantiate),
/// the home page's path for a returning person, and the lock's
/// cryptography. Each is a piece of a demangled function name.
pub const SPLIT_OUT: [&str; 8] = [
    "Deserialize for ipt_companion::model::journal::entry::Journal>",
    "Deserialize for ipt_companion::model::relationship_map::RelationshipMap>",
    "Deserialize for ipt_companion::model::timeline::Timeline>",
    "Deserialize for ipt_companion::model::settings::SafetyPlan>",
    "ipt_companion::pages::home::__component_dashboard",
    "ipt_companion::storage::crypto::seal",
    "ipt_companion::storage::crypto::passphrase_key",
    "ipt_companion::storage::lock::unlock_now",
];

/// Checks that every piece of [`SPLIT_OUT`] names code in the whole
/// program (`unsplit`, so the check can fail) and none in the split main
/// module (`main`); both with their name sections.
pub fn check_split_out(unsplit: &[u8], main: &[u8]) -> Result<(), String> {
    let (unsplit, main) = (parts(unsplit)?, parts(main)?);
    let holds = |parts: &Parts, piece: &str| parts.functions.iter().any(|f| f.name.contains(piece));
    let mut problems = Vec::new();
    for piece in SPLIT_OUT {
        if !holds(&unsplit, piece) {
            problems.push(format!(
                "no function of the app is named like `{piece}` (renamed?)"
            ));
        } else if holds(&main, piece) {
            problems.push(format!("the main module holds `{piece}`"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "code meant to load only when needed is in the main module (issue 26):\n  {}",
            problems.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_taken_off_only_when_it_is_one() {
        assert_eq!(
            without_hash("serde_json::de::from_str::h0123456789abcdef"),
            "serde_json::de::from_str"
        );
        assert_eq!(without_hash("a::hello"), "a::hello");
    }

    #[test]
    fn app_code_is_counted_by_module_and_other_code_by_crate() {
        assert_eq!(
            owner("ipt_companion::pages::journal::JournalPage::{{closure}}"),
            "ipt_companion::pages::journal"
        );
        assert_eq!(
            owner(
                "<ipt_companion::model::journal::Journal as serde::de::Deserialize>::deserialize"
            ),
            "ipt_companion::model::journal"
        );
        assert_eq!(owner("ipt_companion::App"), "ipt_companion");
        assert_eq!(
            owner("ipt_companion::stores::AreaSlot<T>::get"),
            "ipt_companion::stores"
        );
        assert_eq!(
            owner("<serde_json::de::Deserializer<R> as serde::Deserializer>::deserialize_any"),
            "serde_json"
        );
        assert_eq!(owner("core::fmt::write"), "core");
        assert_eq!(
            owner("<T as tachys::view::any_view::IntoAny>::into_any::build"),
            "tachys"
        );
        assert_eq!(owner("function #12"), "(no name)");
    }

    #[test]
    fn a_module_is_read_with_its_names_and_data() {
        // (module (func $a (nop)) (func $b (nop) (nop)) (memory 1) (data (i32.const 0) "hello"))
        // with a name section naming both functions.
        let wasm = wat_module();
        let parts = parts(&wasm).expect("a valid module");
        assert_eq!(parts.data_bytes, 5);
        // The name section is not counted: it does not ship.
        assert!(
            parts.total_bytes < wasm.len() as u64 - 20,
            "{}",
            parts.total_bytes
        );
        assert_eq!(
            parts
                .functions
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>(),
            ["first", "second"]
        );
        assert!(parts.functions[1].bytes > parts.functions[0].bytes);
        let text = describe(&parts);
        assert!(text.contains("data 0.0 KB"), "{text}");
    }

    #[test]
    fn code_split_out_must_exist_and_not_be_in_the_main_module() {
        let everything: Vec<&str> = SPLIT_OUT.iter().copied().chain(["main"]).collect();
        let unsplit = module_named(&everything);
        assert_eq!(check_split_out(&unsplit, &module_named(&["main"])), Ok(()));
        let held = check_split_out(&unsplit, &module_named(&["main", SPLIT_OUT[0]]))
            .expect_err("the main module holds the journal's code");
        assert!(held.contains("the main module holds"), "{held}");
        let renamed = check_split_out(&module_named(&["main"]), &module_named(&["main"]))
            .expect_err("nothing is named like the list: the check could not fail");
        assert!(renamed.contains("renamed?"), "{renamed}");
    }

    #[test]
    fn the_crates_are_set_beside_the_floors_largest_addition_first() {
        let function = |name: &str, bytes: u64| Function {
            name: name.to_string(),
            bytes,
        };
        let main = Parts {
            functions: vec![
                function("tachys::view::build", 300),
                function("ipt_companion::pages::home::HomePage", 500),
                function("core::fmt::write", 100),
            ],
            data_bytes: 50,
            total_bytes: 950,
        };
        let floor = Parts {
            functions: vec![
                function("tachys::view::build", 200),
                function("ipt_floor::App", 20),
                function("core::fmt::write", 100),
            ],
            data_bytes: 10,
            total_bytes: 330,
        };
        let table = beside_the_floor(&main, &floor);
        let rows: Vec<&str> = table
            .lines()
            .filter(|line| line.starts_with("| `"))
            .collect();
        assert_eq!(
            rows[0], "| `(the app's own code)` | 0.5 | 0.0 | 0.5 |",
            "{table}"
        );
        assert_eq!(rows[1], "| `tachys` | 0.3 | 0.2 | 0.1 |", "{table}");
        assert_eq!(rows[2], "| `(data)` | 0.1 | 0.0 | 0.0 |", "{table}");
    }

    /// A tiny module, written byte by byte (the xtask has no WAT parser):
    /// two functions (one `nop`, then two), five bytes of data, named
    /// "first" and "second".
    fn wat_module() -> Vec<u8> {
        module_with(&["first", "second"], true)
    }

    /// A module of empty functions named `names`, with five bytes of data.
    fn module_named(names: &[&str]) -> Vec<u8> {
        module_with(names, false)
    }

    fn module_with(names: &[&str], longer_second: bool) -> Vec<u8> {
        fn leb(mut value: usize, out: &mut Vec<u8>) {
            loop {
                let byte = (value & 0x7f) as u8;
                value >>= 7;
                if value == 0 {
                    out.push(byte);
                    return;
                }
                out.push(byte | 0x80);
            }
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut section = |id: u8, body: &[u8]| {
            wasm.push(id);
            leb(body.len(), &mut wasm);
            wasm.extend_from_slice(body);
        };
        section(1, &[1, 0x60, 0, 0]); // one type: [] -> []
        let mut functions = Vec::new();
        leb(names.len(), &mut functions);
        functions.extend(std::iter::repeat_n(0, names.len()));
        section(3, &functions);
        section(5, &[1, 0, 1]); // one memory, min 1 page
        let mut code = Vec::new();
        leb(names.len(), &mut code);
        for at in 0..names.len() {
            // No locals, `nop`s, `end`.
            if longer_second && at == 1 {
                code.extend_from_slice(&[4, 0, 0x01, 0x01, 0x0b]);
            } else {
                code.extend_from_slice(&[3, 0, 0x01, 0x0b]);
            }
        }
        section(10, &code);
        section(11, &[1, 0, 0x41, 0, 0x0b, 5, b'h', b'e', b'l', b'l', b'o']);
        let mut function_names = Vec::new();
        leb(names.len(), &mut function_names);
        for (index, name) in names.iter().enumerate() {
            leb(index, &mut function_names);
            leb(name.len(), &mut function_names);
            function_names.extend_from_slice(name.as_bytes());
        }
        let mut custom = Vec::new();
        leb(4, &mut custom);
        custom.extend_from_slice(b"name");
        custom.push(1);
        leb(function_names.len(), &mut custom);
        custom.extend_from_slice(&function_names);
        section(0, &custom);
        wasm
    }
}
