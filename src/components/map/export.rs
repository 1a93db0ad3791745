//! Save the map as SVG or PNG, or print it. The file is made on the device.

use leptos::prelude::*;

use crate::components::print_button::PrintButton;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::MapState;
use crate::components::download::{download_blob, download_text};
use crate::content::map_text as text;
use crate::model::relationship_map::layout::VIEW_BOX_SIZE;
use crate::model::relationship_map::svg_export::map_svg;
use crate::model::relationship_map::Ring;

fn current_svg(state: MapState) -> String {
    let ring_names = Ring::ALL.map(text::ring_name);
    state
        .store
        .data
        .with_untracked(|map| map_svg(&map.people, ring_names, text::ME))
}

/// Draws the SVG onto a canvas (through a data: URL, which the page's
/// security policy allows for images) and saves the canvas as PNG.
fn download_png(svg: &str) {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    let loaded = image.clone();
    let on_load = Closure::once_into_js(move || {
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        let size = VIEW_BOX_SIZE as u32;
        canvas.set_width(size);
        canvas.set_height(size);
        let Ok(Some(context)) = canvas.get_context("2d") else {
            return;
        };
        let context: web_sys::CanvasRenderingContext2d = context.unchecked_into();
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let save = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                download_blob(text::PNG_FILE, &blob);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&source);
}

#[component]
pub fn MapExport(state: MapState) -> impl IntoView {
    view! {
        <section class="map-export" aria-labelledby="map-export-heading">
            <h2 id="map-export-heading">{text::EXPORT_HEADING}</h2>
            <p class="actions">
                <button
                    type="button"
                    on:click=move |_| {
                        download_text(text::SVG_FILE, "image/svg+xml", &current_svg(state));
                    }
                >
                    {text::EXPORT_SVG}
                </button>
                <button type="button" on:click=move |_| download_png(&current_svg(state))>
                    {text::EXPORT_PNG}
                </button>
                <PrintButton label=text::PRINT />
            </p>
        </section>
    }
}
