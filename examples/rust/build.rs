// Links libmubiao with the flags `pkg-config --libs mubiao` gives (set
// PKG_CONFIG_PATH to <prefix>/lib/pkgconfig for a private install), and
// records the library directory as an rpath so that `cargo run` and
// `cargo test` find the shared library without LD_LIBRARY_PATH.
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");
    println!("cargo:rerun-if-env-changed=PKG_CONFIG");
    let pkg_config = std::env::var("PKG_CONFIG").unwrap_or_else(|_| "pkg-config".to_string());
    let output = Command::new(&pkg_config)
        .args(["--libs", "mubiao"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {pkg_config}: {e}"));
    if !output.status.success() {
        panic!(
            "`{pkg_config} --libs mubiao` failed; install mubiao and set PKG_CONFIG_PATH:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let flags = String::from_utf8(output.stdout).expect("pkg-config printed non-UTF-8");
    for flag in flags.split_whitespace() {
        if let Some(dir) = flag.strip_prefix("-L") {
            println!("cargo:rustc-link-search=native={dir}");
            println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
        } else if let Some(lib) = flag.strip_prefix("-l") {
            println!("cargo:rustc-link-lib={lib}");
        } else {
            println!("cargo:rustc-link-arg={flag}");
        }
    }
}
