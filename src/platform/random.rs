//! Random identifiers for new assessments, so that two assessments created in two tabs at the
//! same moment never share a storage key.
//!
//! `crypto.getRandomValues` would be stronger, but nothing here is a secret: uniqueness is all
//! that matters, and the time stamp plus `Math.random` give that.

/// A new identifier such as `m3x9k2a-4fz81q`, made of the time and a random part.
pub fn new_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{}-{}", base36(time), base36(random))
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut text = Vec::new();
    loop {
        text.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    text.reverse();
    String::from_utf8(text).unwrap_or_default()
}

/// A random 64-bit seed, such as the one an OSCAL export derives its UUIDs from. Two exports
/// get different seeds; nothing depends on it being unguessable.
pub fn seed() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    ((high << 32) | low) ^ (js_sys::Date::now() as u64)
}
