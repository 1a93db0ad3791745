#![cfg(not(target_arch = "wasm32"))]
//! The app's own SHA-256 (`content::checksum`, used to check module text in
//! the browser) against the `sha2` crate and the FIPS 180-4 examples.

use ipt_companion::content::checksum::sha256_hex;
use proptest::prelude::*;
use sha2::{Digest, Sha256};

fn library_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[test]
fn matches_the_standard_examples() {
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
}

#[test]
fn matches_the_library_at_every_padding_boundary() {
    for length in 0..200 {
        let bytes: Vec<u8> = (0..length).map(|i| (i * 7 + 3) as u8).collect();
        assert_eq!(sha256_hex(&bytes), library_hex(&bytes), "length {length}");
    }
}

#[test]
fn every_module_section_hash_is_the_hash_of_its_text() {
    for module in ipt_companion::content::MODULES {
        for section in module.sections {
            assert_eq!(
                sha256_hex(section.html.as_bytes()),
                section.html_sha256,
                "{}#{}",
                module.slug,
                section.id
            );
        }
    }
}

proptest! {
    #[test]
    fn matches_the_library(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert_eq!(sha256_hex(&bytes), library_hex(&bytes));
    }
}
