//! Charts: the radar's points lie on their spokes at the right distance, the spokes start at
//! the top and go round clockwise at equal angles, and the SVG polygons carry those points.

use aims_assess::ui::components::area_radar::{point, polygon, CENTRE, LABEL_PERCENT, RADIUS};
use std::f64::consts::TAU;

/// The distance from the centre and the clockwise angle from straight up (in SVG, where y
/// points down) of a point.
fn polar((x, y): (f64, f64)) -> (f64, f64) {
    let (across, up) = (x - CENTRE, CENTRE - y);
    (across.hypot(up), across.atan2(up).rem_euclid(TAU))
}

#[test]
fn every_point_lies_on_its_spoke_at_its_share_of_the_radius() {
    for count in [3, 4, 9, 12] {
        for index in 0..count {
            let spoke_angle = TAU * index as f64 / count as f64;
            for percent in [25, 50, 75, 100, LABEL_PERCENT] {
                let (distance, angle) = polar(point(index, count, percent));
                let expected = RADIUS * f64::from(percent) / 100.0;
                assert!(
                    (distance - expected).abs() < 1e-9,
                    "spoke {index} of {count} at {percent}%: distance {distance}, expected {expected}"
                );
                let turn = (angle - spoke_angle).abs();
                assert!(
                    turn < 1e-9 || (TAU - turn) < 1e-9,
                    "spoke {index} of {count}: angle {angle}, expected {spoke_angle}"
                );
            }
        }
    }
}

#[test]
fn spokes_start_at_the_top_and_go_clockwise() {
    let close =
        |(x, y): (f64, f64), (ex, ey): (f64, f64)| (x - ex).abs() < 1e-9 && (y - ey).abs() < 1e-9;
    assert!(close(point(0, 4, 100), (CENTRE, CENTRE - RADIUS)), "up");
    assert!(
        close(point(1, 4, 100), (CENTRE + RADIUS, CENTRE)),
        "then right"
    );
    assert!(
        close(point(2, 4, 100), (CENTRE, CENTRE + RADIUS)),
        "then down"
    );
    assert!(
        close(point(3, 4, 100), (CENTRE - RADIUS, CENTRE)),
        "then left"
    );
}

#[test]
fn nothing_is_drawn_beyond_the_labels_ring_or_off_centre_at_zero() {
    assert_eq!(point(2, 9, 500), point(2, 9, LABEL_PERCENT));
    assert_eq!(point(5, 9, 0), (CENTRE, CENTRE));
}

#[test]
fn a_polygon_lists_one_point_per_spoke_to_a_tenth_of_a_unit() {
    let percents = [0, 10, 25, 50, 75, 90, 100, 33, 67];
    let written = polygon(&percents);
    let points: Vec<(f64, f64)> = written
        .split(' ')
        .map(|pair| {
            let (x, y) = pair.split_once(',').expect("x,y");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect();
    assert_eq!(points.len(), percents.len(), "{written}");
    for (index, (percent, (x, y))) in percents.iter().zip(points).enumerate() {
        let (exact_x, exact_y) = point(index, percents.len(), *percent);
        assert!(
            (x - exact_x).abs() <= 0.05 + 1e-9 && (y - exact_y).abs() <= 0.05 + 1e-9,
            "spoke {index}: written {x},{y}, exact {exact_x},{exact_y}"
        );
    }
}
