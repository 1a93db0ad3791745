//! Running the steps of a command, with their output shown as it comes.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::summary::{self, Counts};
use crate::tools::ToolEnv;

/// One external command, named for the messages about it.
pub struct Step {
    name: String,
    program: PathBuf,
    args: Vec<OsString>,
    env: Vec<(String, OsString)>,
}

impl Step {
    pub fn new(name: &str, program: impl Into<PathBuf>) -> Step {
        Step {
            name: name.to_string(),
            program: program.into(),
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// `cargo` with the shared target directory and the installed tools on
    /// PATH.
    pub fn cargo(env: &ToolEnv, name: &str) -> Step {
        let mut step = Step::new(name, "cargo");
        step.env = env.variables();
        step
    }

    /// Any program with the project's tool environment.
    pub fn with_tool_env(env: &ToolEnv, name: &str, program: impl Into<PathBuf>) -> Step {
        let mut step = Step::new(name, program);
        step.env = env.variables();
        step
    }

    pub fn args<I, S>(mut self, args: I) -> Step
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Step {
        self.env
            .push((key.to_string(), value.as_ref().to_os_string()));
        self
    }

    fn command(&self) -> Command {
        let mut command = Command::new(&self.program);
        command.args(&self.args).current_dir(crate::root());
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }

    fn describe(&self) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect();
        format!("{} {}", self.program.display(), args.join(" "))
    }
}

/// Runs a step with its output on the terminal; fails if it fails.
pub fn run_step(step: &Step) -> Result<(), String> {
    println!("\n== {} ==\n$ {}", step.name, step.describe());
    let status = step
        .command()
        .status()
        .map_err(|error| could_not_start(step, &error))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", step.name))
    }
}

/// Runs a step with its output kept, for steps run side by side; prints
/// one line when it is done. Fails with what it printed if it fails.
pub fn run_quietly(step: &Step) -> Result<(), String> {
    let output = step
        .command()
        .output()
        .map_err(|error| could_not_start(step, &error))?;
    if output.status.success() {
        println!("$ {}: done", step.describe());
        Ok(())
    } else {
        Err(format!(
            "{} failed ({}): {}\n{}",
            step.name,
            output.status,
            step.describe(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn could_not_start(step: &Step, error: &std::io::Error) -> String {
    format!(
        "{}: could not start {}: {error}",
        step.name,
        step.describe()
    )
}

/// Runs a step and returns what it printed on stdout (its stderr goes to
/// the terminal); fails if it fails.
pub fn run_captured(step: &Step) -> Result<String, String> {
    println!("\n== {} ==\n$ {}", step.name, step.describe());
    let output = step
        .command()
        .stderr(Stdio::inherit())
        .output()
        .map_err(|error| could_not_start(step, &error))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(format!("{} failed ({})", step.name, output.status))
    }
}

/// Runs a test step, echoing its output and counting `test result:` lines.
/// A failing step still returns its counts, so the summary stays whole.
pub fn run_counted(step: &Step) -> Result<Counts, String> {
    println!("\n== {} ==\n$ {}", step.name, step.describe());
    let mut child = step
        .command()
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| could_not_start(step, &error))?;
    let stdout = child.stdout.take().expect("piped stdout");
    let mut counts = Counts::default();
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|error| format!("{}: reading output: {error}", step.name))?;
        println!("{line}");
        if let Some(result) = summary::parse_test_result(&line) {
            counts.add(&result);
        }
    }
    let status = child
        .wait()
        .map_err(|error| format!("{}: {error}", step.name))?;
    if !status.success() && counts.failed == 0 {
        // A build error or a crash: no test line says so, but it is a failure.
        return Err(format!("{} failed ({status})", step.name));
    }
    Ok(counts)
}
