//! Saving a file the app made (CSV, calendar, SVG, backup) to the device:
//! a Blob URL and a temporary link, so nothing goes over the network.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name`. Returns false if the
/// browser would not make the file.
pub fn download_text(file_name: &str, mime_type: &str, contents: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    download_parts(file_name, mime_type, &parts)
}

/// Offers a Blob built from `parts` (strings or byte arrays) as a download.
pub fn download_parts(file_name: &str, mime_type: &str, parts: &js_sys::Array) -> bool {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) else {
        return false;
    };
    download_blob(file_name, &blob)
}

pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let Some(document) = crate::browser::window().and_then(|window| window.document()) else {
        return false;
    };
    let Ok(link) = document.create_element("a") else {
        return false;
    };
    let link: web_sys::HtmlAnchorElement = link.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}
