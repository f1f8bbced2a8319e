//! Charts: the radar's whole-number spoke table matches the Annex A areas and the angles it
//! stands for.

use aims_assess::domain::catalog::catalog;
use aims_assess::ui::components::area_radar::SPOKES;

#[test]
fn the_radar_has_one_true_spoke_per_annex_a_area() {
    assert_eq!(SPOKES.len(), catalog().annex_a_areas().len());
    for (index, (x, y)) in SPOKES.iter().enumerate() {
        let angle = std::f64::consts::TAU * index as f64 / SPOKES.len() as f64;
        assert_eq!(
            *x,
            (1000.0 * angle.sin()).round() as i32,
            "spoke {index}, across"
        );
        assert_eq!(
            *y,
            (-1000.0 * angle.cos()).round() as i32,
            "spoke {index}, down"
        );
    }
}
