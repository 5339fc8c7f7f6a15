//! Hijri conversions per second in Rust, one call at a time, for every method: Gregorian → Hijri
//! over 50,000 consecutive days from 1940-01-01 (inside the Umm al-Qura table), and back.
//!
//! A method whose conversion fails on an ordinary day (not implemented in this build) is skipped
//! with a message rather than timed.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use warraq::dates::calendar::{self, gregorian};
use warraq::dates::{Method, SimpleDate};

const DAYS: i64 = 50_000;

fn days() -> Vec<SimpleDate> {
    let first = gregorian::days_from_civil(SimpleDate {
        year: 1940,
        month: 1,
        day: 1,
    });
    (first..first + DAYS)
        .map(gregorian::civil_from_days)
        .collect()
}

fn conversions(c: &mut Criterion) {
    let gdays = days();
    let methods = [
        ("umm_al_qura", Method::UmmAlQura),
        ("umm_al_qura_kacst", Method::UmmAlQuraKacst),
        ("tabular", Method::Tabular),
        ("tabular_thursday", Method::TabularThursday),
    ];
    let mut g = c.benchmark_group("calendar");
    g.throughput(Throughput::Elements(DAYS as u64));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    for (name, method) in methods {
        let hdays: Vec<_> = gdays
            .iter()
            .filter_map(|&d| calendar::gregorian_to_hijri(d, method).ok())
            .map(|(h, _)| h)
            .collect();
        if hdays.len() != gdays.len() {
            eprintln!(
                "calendar {name}: gregorian_to_hijri failed on {} of {} days; not timed",
                gdays.len() - hdays.len(),
                gdays.len()
            );
            continue;
        }
        g.bench_function(format!("gregorian_to_hijri {name}"), |b| {
            b.iter(|| {
                let mut n = 0u32;
                for &d in black_box(&gdays) {
                    if let Ok((h, _)) = calendar::gregorian_to_hijri(d, method) {
                        n = n.wrapping_add(u32::from(h.day));
                    }
                }
                n
            })
        });
        g.bench_function(format!("hijri_to_gregorian {name}"), |b| {
            b.iter(|| {
                let mut n = 0u32;
                for &h in black_box(&hdays) {
                    if let Ok((d, _)) = calendar::hijri_to_gregorian(h, method) {
                        n = n.wrapping_add(u32::from(d.day));
                    }
                }
                n
            })
        });
    }
    g.finish();
}

criterion_group!(benches, conversions);
criterion_main!(benches);
