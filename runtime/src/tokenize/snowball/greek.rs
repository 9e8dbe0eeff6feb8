//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use super::among::Among;
use super::env::SnowballEnv;
use alloc::string::String;

static A_0: &'static [Among<Context>; 46] = &[
    Among("", -1, 25, None),
    Among("\u{03C2}", 0, 18, None),
    Among("\u{0386}", 0, 1, None),
    Among("\u{0388}", 0, 5, None),
    Among("\u{0389}", 0, 7, None),
    Among("\u{038A}", 0, 9, None),
    Among("\u{03CA}", 0, 7, None),
    Among("\u{03CB}", 0, 20, None),
    Among("\u{038C}", 0, 15, None),
    Among("\u{03CC}", 0, 15, None),
    Among("\u{03CD}", 0, 20, None),
    Among("\u{038E}", 0, 20, None),
    Among("\u{03CE}", 0, 24, None),
    Among("\u{038F}", 0, 24, None),
    Among("\u{0390}", 0, 7, None),
    Among("\u{0391}", 0, 1, None),
    Among("\u{0392}", 0, 2, None),
    Among("\u{0393}", 0, 3, None),
    Among("\u{0394}", 0, 4, None),
    Among("\u{0395}", 0, 5, None),
    Among("\u{0396}", 0, 6, None),
    Among("\u{0397}", 0, 7, None),
    Among("\u{0398}", 0, 8, None),
    Among("\u{0399}", 0, 9, None),
    Among("\u{039A}", 0, 10, None),
    Among("\u{039B}", 0, 11, None),
    Among("\u{039C}", 0, 12, None),
    Among("\u{039D}", 0, 13, None),
    Among("\u{039E}", 0, 14, None),
    Among("\u{039F}", 0, 15, None),
    Among("\u{03A0}", 0, 16, None),
    Among("\u{03A1}", 0, 17, None),
    Among("\u{03A3}", 0, 18, None),
    Among("\u{03A4}", 0, 19, None),
    Among("\u{03A5}", 0, 20, None),
    Among("\u{03A6}", 0, 21, None),
    Among("\u{03A7}", 0, 22, None),
    Among("\u{03A8}", 0, 23, None),
    Among("\u{03A9}", 0, 24, None),
    Among("\u{03AA}", 0, 9, None),
    Among("\u{03AB}", 0, 20, None),
    Among("\u{03AC}", 0, 1, None),
    Among("\u{03AD}", 0, 5, None),
    Among("\u{03AE}", 0, 7, None),
    Among("\u{03AF}", 0, 9, None),
    Among("\u{03B0}", 0, 20, None),
];

static A_1: &'static [Among<Context>; 40] = &[
    Among(
        "\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}\u{03C9}\u{03C3}",
        -1,
        10,
        None,
    ),
    Among("\u{03C6}\u{03C9}\u{03C3}", -1, 9, None),
    Among("\u{03C0}\u{03B5}\u{03C1}\u{03B1}\u{03C3}", -1, 7, None),
    Among("\u{03C4}\u{03B5}\u{03C1}\u{03B1}\u{03C3}", -1, 8, None),
    Among("\u{03BA}\u{03C1}\u{03B5}\u{03B1}\u{03C3}", -1, 6, None),
    Among(
        "\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}\u{03C9}\u{03C4}\u{03BF}\u{03C3}",
        -1,
        10,
        None,
    ),
    Among("\u{03C6}\u{03C9}\u{03C4}\u{03BF}\u{03C3}", -1, 9, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03BF}\u{03C3}",
        -1,
        7,
        None,
    ),
    Among(
        "\u{03C4}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03BF}\u{03C3}",
        -1,
        8,
        None,
    ),
    Among(
        "\u{03BA}\u{03C1}\u{03B5}\u{03B1}\u{03C4}\u{03BF}\u{03C3}",
        -1,
        6,
        None,
    ),
    Among(
        "\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}\u{03BF}\u{03C4}\u{03BF}\u{03C3}",
        -1,
        11,
        None,
    ),
    Among(
        "\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}\u{03BF}\u{03C3}",
        -1,
        11,
        None,
    ),
    Among(
        "\u{03C6}\u{03B1}\u{03B3}\u{03B9}\u{03BF}\u{03C5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03C3}\u{03BA}\u{03B1}\u{03B3}\u{03B9}\u{03BF}\u{03C5}",
        -1,
        2,
        None,
    ),
    Among(
        "\u{03C3}\u{03BF}\u{03B3}\u{03B9}\u{03BF}\u{03C5}",
        -1,
        4,
        None,
    ),
    Among(
        "\u{03C4}\u{03B1}\u{03C4}\u{03BF}\u{03B3}\u{03B9}\u{03BF}\u{03C5}",
        -1,
        5,
        None,
    ),
    Among(
        "\u{03BF}\u{03BB}\u{03BF}\u{03B3}\u{03B9}\u{03BF}\u{03C5}",
        -1,
        3,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}\u{03C9}\u{03C4}\u{03B1}",
        -1,
        10,
        None,
    ),
    Among("\u{03C6}\u{03C9}\u{03C4}\u{03B1}", -1, 9, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03B1}",
        -1,
        7,
        None,
    ),
    Among(
        "\u{03C4}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03B1}",
        -1,
        8,
        None,
    ),
    Among(
        "\u{03BA}\u{03C1}\u{03B5}\u{03B1}\u{03C4}\u{03B1}",
        -1,
        6,
        None,
    ),
    Among(
        "\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}\u{03BF}\u{03C4}\u{03B1}",
        -1,
        11,
        None,
    ),
    Among("\u{03C6}\u{03B1}\u{03B3}\u{03B9}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C3}\u{03BA}\u{03B1}\u{03B3}\u{03B9}\u{03B1}",
        -1,
        2,
        None,
    ),
    Among("\u{03C3}\u{03BF}\u{03B3}\u{03B9}\u{03B1}", -1, 4, None),
    Among(
        "\u{03C4}\u{03B1}\u{03C4}\u{03BF}\u{03B3}\u{03B9}\u{03B1}",
        -1,
        5,
        None,
    ),
    Among(
        "\u{03BF}\u{03BB}\u{03BF}\u{03B3}\u{03B9}\u{03B1}",
        -1,
        3,
        None,
    ),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03B7}",
        -1,
        7,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}\u{03C9}\u{03C4}\u{03C9}\u{03BD}",
        -1,
        10,
        None,
    ),
    Among("\u{03C6}\u{03C9}\u{03C4}\u{03C9}\u{03BD}", -1, 9, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03C9}\u{03BD}",
        -1,
        7,
        None,
    ),
    Among(
        "\u{03C4}\u{03B5}\u{03C1}\u{03B1}\u{03C4}\u{03C9}\u{03BD}",
        -1,
        8,
        None,
    ),
    Among(
        "\u{03BA}\u{03C1}\u{03B5}\u{03B1}\u{03C4}\u{03C9}\u{03BD}",
        -1,
        6,
        None,
    ),
    Among(
        "\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}\u{03BF}\u{03C4}\u{03C9}\u{03BD}",
        -1,
        11,
        None,
    ),
    Among(
        "\u{03C6}\u{03B1}\u{03B3}\u{03B9}\u{03C9}\u{03BD}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03C3}\u{03BA}\u{03B1}\u{03B3}\u{03B9}\u{03C9}\u{03BD}",
        -1,
        2,
        None,
    ),
    Among(
        "\u{03C3}\u{03BF}\u{03B3}\u{03B9}\u{03C9}\u{03BD}",
        -1,
        4,
        None,
    ),
    Among(
        "\u{03C4}\u{03B1}\u{03C4}\u{03BF}\u{03B3}\u{03B9}\u{03C9}\u{03BD}",
        -1,
        5,
        None,
    ),
    Among(
        "\u{03BF}\u{03BB}\u{03BF}\u{03B3}\u{03B9}\u{03C9}\u{03BD}",
        -1,
        3,
        None,
    ),
];

static A_2: &'static [Among<Context>; 9] = &[
    Among("\u{03C0}\u{03B1}", -1, 1, None),
    Among(
        "\u{03BE}\u{03B1}\u{03BD}\u{03B1}\u{03C0}\u{03B1}",
        0,
        1,
        None,
    ),
    Among("\u{03B5}\u{03C0}\u{03B1}", 0, 1, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B9}\u{03C0}\u{03B1}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03BD}\u{03B1}\u{03BC}\u{03C0}\u{03B1}",
        0,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BC}\u{03C0}\u{03B1}", 0, 1, None),
    Among("\u{03B4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03B8}\u{03C1}\u{03BF}", -1, 1, None),
    Among(
        "\u{03C3}\u{03C5}\u{03BD}\u{03B1}\u{03B8}\u{03C1}\u{03BF}",
        7,
        1,
        None,
    ),
];

static A_3: &'static [Among<Context>; 22] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03B9}\u{03BC}\u{03C0}", 0, 1, None),
    Among("\u{03C1}", -1, 1, None),
    Among("\u{03C0}\u{03C1}", 2, 1, None),
    Among("\u{03BC}\u{03C0}\u{03C1}", 3, 1, None),
    Among("\u{03B1}\u{03C1}\u{03C1}", 2, 1, None),
    Among(
        "\u{03B3}\u{03BB}\u{03C5}\u{03BA}\u{03C5}\u{03C1}",
        2,
        1,
        None,
    ),
    Among("\u{03C0}\u{03BF}\u{03BB}\u{03C5}\u{03C1}", 2, 1, None),
    Among("\u{03B1}\u{03BC}\u{03C0}\u{03B1}\u{03C1}", 2, 1, None),
    Among("\u{03BC}\u{03B1}\u{03C1}", 2, 1, None),
    Among("\u{03B3}\u{03BA}\u{03C1}", 2, 1, None),
    Among(
        "\u{03C0}\u{03B9}\u{03C0}\u{03B5}\u{03C1}\u{03BF}\u{03C1}",
        2,
        1,
        None,
    ),
    Among(
        "\u{03B2}\u{03BF}\u{03BB}\u{03B2}\u{03BF}\u{03C1}",
        2,
        1,
        None,
    ),
    Among(
        "\u{03B3}\u{03BB}\u{03C5}\u{03BA}\u{03BF}\u{03C1}",
        2,
        1,
        None,
    ),
    Among("\u{03BB}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B2}", -1, 1, None),
    Among(
        "\u{03B2}\u{03B1}\u{03B8}\u{03C5}\u{03C1}\u{03B9}",
        -1,
        1,
        None,
    ),
    Among("\u{03B2}\u{03B1}\u{03C1}\u{03BA}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03C1}\u{03BA}", -1, 1, None),
    Among("\u{03BB}", -1, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among("\u{03BA}\u{03BF}\u{03C1}\u{03BD}", -1, 1, None),
];

static A_4: &'static [Among<Context>; 14] = &[
    Among("\u{03B9}\u{03B6}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B5}\u{03B9}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03C9}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B1}\u{03C4}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B5}\u{03C4}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B9}\u{03B6}\u{03BF}\u{03C5}\u{03BC}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03B9}\u{03B6}\u{03B1}\u{03BC}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B9}\u{03B6}\u{03BF}\u{03C5}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03B9}\u{03B6}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B5}\u{03B9}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03BF}\u{03C5}\u{03BD}", -1, 1, None),
    Among("\u{03B9}\u{03B6}\u{03B1}\u{03BD}", -1, 1, None),
];

static A_5: &'static [Among<Context>; 8] = &[
    Among("\u{03C3}", -1, 1, None),
    Among("\u{03C7}", -1, 1, None),
    Among("\u{03C5}\u{03C8}", -1, 1, None),
    Among("\u{03B6}\u{03C9}", -1, 1, None),
    Among("\u{03B2}\u{03B9}", -1, 1, None),
    Among("\u{03BB}\u{03B9}", -1, 1, None),
    Among("\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03B5}\u{03BD}", -1, 1, None),
];

static A_6: &'static [Among<Context>; 7] = &[
    Among(
        "\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B5}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03C4}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B5}", -1, 1, None),
    Among(
        "\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BC}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03C9}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BD}",
        -1,
        1,
        None,
    ),
];

static A_7: &'static [Among<Context>; 19] = &[
    Among(
        "\u{03BE}\u{03B1}\u{03BD}\u{03B1}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03B5}\u{03C0}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B9}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03BD}\u{03B1}\u{03BC}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BC}\u{03C0}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C7}\u{03B1}\u{03C1}\u{03C4}\u{03BF}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B5}\u{03BE}\u{03B1}\u{03C1}\u{03C7}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B5}", -1, 1, None),
    Among("\u{03B5}\u{03C0}\u{03B5}", 7, 1, None),
    Among(
        "\u{03BC}\u{03B5}\u{03C4}\u{03B5}\u{03C0}\u{03B5}",
        8,
        1,
        None,
    ),
    Among("\u{03B5}\u{03C3}\u{03B5}", -1, 1, None),
    Among("\u{03BA}\u{03BB}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B5}\u{03C3}\u{03C9}\u{03BA}\u{03BB}\u{03B5}",
        11,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BA}\u{03BB}\u{03B5}", 11, 1, None),
    Among(
        "\u{03B1}\u{03C0}\u{03B5}\u{03BA}\u{03BB}\u{03B5}",
        13,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03C0}\u{03BF}\u{03BA}\u{03BB}\u{03B5}",
        11,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03B8}\u{03C1}\u{03BF}", -1, 1, None),
    Among(
        "\u{03C3}\u{03C5}\u{03BD}\u{03B1}\u{03B8}\u{03C1}\u{03BF}",
        17,
        1,
        None,
    ),
];

static A_8: &'static [Among<Context>; 13] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03BB}\u{03B1}\u{03C1}", -1, 1, None),
    Among(
        "\u{03B4}\u{03B7}\u{03BC}\u{03BF}\u{03BA}\u{03C1}\u{03B1}\u{03C4}",
        -1,
        1,
        None,
    ),
    Among("\u{03B1}\u{03C6}", -1, 1, None),
    Among(
        "\u{03B3}\u{03B9}\u{03B3}\u{03B1}\u{03BD}\u{03C4}\u{03BF}\u{03B1}\u{03C6}",
        3,
        1,
        None,
    ),
    Among("\u{03B3}\u{03B5}", -1, 1, None),
    Among("\u{03B3}\u{03BA}\u{03B5}", -1, 1, None),
    Among("\u{03B3}\u{03BA}", -1, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among(
        "\u{03C0}\u{03BF}\u{03C5}\u{03BA}\u{03B1}\u{03BC}",
        8,
        1,
        None,
    ),
    Among("\u{03BA}\u{03BF}\u{03BC}", 8, 1, None),
    Among("\u{03B1}\u{03BD}", -1, 1, None),
    Among("\u{03BF}\u{03BB}\u{03BF}", -1, 1, None),
];

static A_9: &'static [Among<Context>; 7] = &[
    Among("\u{03B9}\u{03C3}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B1}\u{03C4}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B1}\u{03BC}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B1}\u{03BD}", -1, 1, None),
];

static A_10: &'static [Among<Context>; 19] = &[
    Among(
        "\u{03BE}\u{03B1}\u{03BD}\u{03B1}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03B5}\u{03C0}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B9}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03BD}\u{03B1}\u{03BC}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BC}\u{03C0}\u{03B1}", -1, 1, None),
    Among(
        "\u{03C7}\u{03B1}\u{03C1}\u{03C4}\u{03BF}\u{03C0}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B5}\u{03BE}\u{03B1}\u{03C1}\u{03C7}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B5}", -1, 1, None),
    Among("\u{03B5}\u{03C0}\u{03B5}", 7, 1, None),
    Among(
        "\u{03BC}\u{03B5}\u{03C4}\u{03B5}\u{03C0}\u{03B5}",
        8,
        1,
        None,
    ),
    Among("\u{03B5}\u{03C3}\u{03B5}", -1, 1, None),
    Among("\u{03BA}\u{03BB}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B5}\u{03C3}\u{03C9}\u{03BA}\u{03BB}\u{03B5}",
        11,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BA}\u{03BB}\u{03B5}", 11, 1, None),
    Among(
        "\u{03B1}\u{03C0}\u{03B5}\u{03BA}\u{03BB}\u{03B5}",
        13,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03C0}\u{03BF}\u{03BA}\u{03BB}\u{03B5}",
        11,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03B8}\u{03C1}\u{03BF}", -1, 1, None),
    Among(
        "\u{03C3}\u{03C5}\u{03BD}\u{03B1}\u{03B8}\u{03C1}\u{03BF}",
        17,
        1,
        None,
    ),
];

static A_11: &'static [Among<Context>; 7] = &[
    Among("\u{03B9}\u{03C3}\u{03B5}\u{03B9}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C9}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03B5}\u{03C4}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B9}\u{03C3}\u{03BF}\u{03C5}\u{03BC}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03C3}\u{03BF}\u{03C5}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03B9}\u{03C3}\u{03B5}\u{03B9}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BF}\u{03C5}\u{03BD}", -1, 1, None),
];

static A_12: &'static [Among<Context>; 7] = &[
    Among("\u{03C3}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03C3}\u{03B5}", 0, 1, None),
    Among("\u{03C0}\u{03BB}\u{03B5}", -1, 1, None),
    Among("\u{03BA}\u{03BB}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B5}\u{03C3}\u{03C9}\u{03BA}\u{03BB}\u{03B5}",
        3,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03C3}\u{03C5}\u{03BD}\u{03B1}\u{03B8}\u{03C1}\u{03BF}",
        -1,
        1,
        None,
    ),
];

static A_13: &'static [Among<Context>; 33] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03B5}\u{03C5}\u{03C0}", 0, 1, None),
    Among("\u{03B1}\u{03C0}", 0, 1, None),
    Among("\u{03B5}\u{03BC}\u{03C0}", 0, 1, None),
    Among("\u{03B3}\u{03C5}\u{03C1}", -1, 1, None),
    Among("\u{03C7}\u{03C1}", -1, 1, None),
    Among("\u{03C7}\u{03C9}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03BF}\u{03C1}", -1, 1, None),
    Among("\u{03C7}\u{03C4}", -1, 1, None),
    Among("\u{03B1}\u{03C7}\u{03C4}", 9, 1, None),
    Among("\u{03BA}\u{03C4}", -1, 1, None),
    Among("\u{03B1}\u{03BA}\u{03C4}", 11, 1, None),
    Among("\u{03C3}\u{03C7}", -1, 1, None),
    Among("\u{03B1}\u{03C3}\u{03C7}", 13, 1, None),
    Among("\u{03C4}\u{03B1}\u{03C7}", -1, 1, None),
    Among("\u{03C5}\u{03C8}", -1, 1, None),
    Among("\u{03B1}\u{03C4}\u{03B1}", -1, 1, None),
    Among("\u{03C6}\u{03B1}", -1, 1, None),
    Among("\u{03B7}\u{03C6}\u{03B1}", 18, 1, None),
    Among("\u{03BB}\u{03C5}\u{03B3}", -1, 1, None),
    Among("\u{03BC}\u{03B5}\u{03B3}", -1, 1, None),
    Among("\u{03B7}\u{03B4}", -1, 1, None),
    Among("\u{03B5}\u{03C7}\u{03B8}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03B8}", -1, 1, None),
    Among("\u{03C3}\u{03BA}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03BA}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03BA}", -1, 1, None),
    Among("\u{03BA}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03C6}\u{03B9}\u{03BB}", -1, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among("\u{03B3}\u{03B5}\u{03BC}", 30, 1, None),
    Among("\u{03B1}\u{03C7}\u{03BD}", -1, 1, None),
];

static A_14: &'static [Among<Context>; 11] = &[
    Among(
        "\u{03B9}\u{03C3}\u{03C4}\u{03BF}\u{03C5}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03B7}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03B7}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03BF}\u{03B9}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03C9}\u{03BD}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03C4}\u{03BF}", -1, 1, None),
];

static A_15: &'static [Among<Context>; 5] = &[
    Among("\u{03C3}\u{03B5}", -1, 1, None),
    Among(
        "\u{03BC}\u{03B5}\u{03C4}\u{03B1}\u{03C3}\u{03B5}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03B9}\u{03BA}\u{03C1}\u{03BF}\u{03C3}\u{03B5}",
        0,
        1,
        None,
    ),
    Among("\u{03B5}\u{03B3}\u{03BA}\u{03BB}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B1}\u{03C0}\u{03BF}\u{03BA}\u{03BB}\u{03B5}",
        -1,
        1,
        None,
    ),
];

static A_16: &'static [Among<Context>; 2] = &[
    Among("\u{03B4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B1}\u{03BD}\u{03C4}\u{03B9}\u{03B4}\u{03B1}\u{03BD}\u{03B5}",
        0,
        1,
        None,
    ),
];

static A_17: &'static [Among<Context>; 10] = &[
    Among("\u{03C4}\u{03BF}\u{03C0}\u{03B9}\u{03BA}", -1, 7, None),
    Among(
        "\u{03C3}\u{03BA}\u{03B5}\u{03C0}\u{03C4}\u{03B9}\u{03BA}",
        -1,
        6,
        None,
    ),
    Among(
        "\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}\u{03B9}\u{03BA}",
        -1,
        3,
        None,
    ),
    Among(
        "\u{03B1}\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}\u{03B9}\u{03BA}",
        2,
        1,
        None,
    ),
    Among(
        "\u{03B5}\u{03BA}\u{03BB}\u{03B5}\u{03BA}\u{03C4}\u{03B9}\u{03BA}",
        -1,
        5,
        None,
    ),
    Among(
        "\u{03B1}\u{03C4}\u{03BF}\u{03BC}\u{03B9}\u{03BA}",
        -1,
        2,
        None,
    ),
    Among("\u{03B5}\u{03B8}\u{03BD}\u{03B9}\u{03BA}", -1, 4, None),
    Among(
        "\u{03B8}\u{03B5}\u{03B1}\u{03C4}\u{03C1}\u{03B9}\u{03BD}",
        -1,
        10,
        None,
    ),
    Among(
        "\u{03B1}\u{03BB}\u{03B5}\u{03BE}\u{03B1}\u{03BD}\u{03B4}\u{03C1}\u{03B9}\u{03BD}",
        -1,
        8,
        None,
    ),
    Among(
        "\u{03B2}\u{03C5}\u{03B6}\u{03B1}\u{03BD}\u{03C4}\u{03B9}\u{03BD}",
        -1,
        9,
        None,
    ),
];

static A_18: &'static [Among<Context>; 6] = &[
    Among(
        "\u{03B9}\u{03C3}\u{03BC}\u{03BF}\u{03C5}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03B9}\u{03C3}\u{03BC}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BC}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BC}\u{03BF}\u{03B9}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BC}\u{03C9}\u{03BD}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BC}\u{03BF}", -1, 1, None),
];

static A_19: &'static [Among<Context>; 2] = &[
    Among("\u{03C3}", -1, 1, None),
    Among("\u{03C7}", -1, 1, None),
];

static A_20: &'static [Among<Context>; 4] = &[
    Among(
        "\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B9}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03C5}\u{03B4}\u{03B1}\u{03BA}\u{03B9}\u{03B1}",
        -1,
        1,
        None,
    ),
    Among("\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B9}", -1, 1, None),
    Among(
        "\u{03BF}\u{03C5}\u{03B4}\u{03B1}\u{03BA}\u{03B9}",
        -1,
        1,
        None,
    ),
];

static A_21: &'static [Among<Context>; 33] = &[
    Among(
        "\u{03BA}\u{03B1}\u{03C4}\u{03C1}\u{03B1}\u{03C0}",
        -1,
        1,
        None,
    ),
    Among("\u{03C1}", -1, 1, None),
    Among("\u{03B2}\u{03C1}", 1, 1, None),
    Among("\u{03BB}\u{03B1}\u{03B2}\u{03C1}", 2, 1, None),
    Among("\u{03B1}\u{03BC}\u{03B2}\u{03C1}", 2, 1, None),
    Among("\u{03BC}\u{03B5}\u{03C1}", 1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03B8}\u{03C1}", 1, 1, None),
    Among("\u{03BA}\u{03BF}\u{03C1}", 1, 1, None),
    Among("\u{03C3}", -1, 1, None),
    Among(
        "\u{03BD}\u{03B1}\u{03B3}\u{03BA}\u{03B1}\u{03C3}",
        8,
        1,
        None,
    ),
    Among("\u{03BC}\u{03BF}\u{03C5}\u{03C3}\u{03C4}", -1, 1, None),
    Among("\u{03C1}\u{03C5}", -1, 1, None),
    Among("\u{03C6}", -1, 1, None),
    Among("\u{03C3}\u{03C6}", 12, 1, None),
    Among("\u{03B1}\u{03BB}\u{03B9}\u{03C3}\u{03C6}", 13, 1, None),
    Among("\u{03C7}", -1, 1, None),
    Among("\u{03B2}\u{03B1}\u{03BC}\u{03B2}", -1, 1, None),
    Among("\u{03C3}\u{03BB}\u{03BF}\u{03B2}", -1, 1, None),
    Among(
        "\u{03C4}\u{03C3}\u{03B5}\u{03C7}\u{03BF}\u{03C3}\u{03BB}\u{03BF}\u{03B2}",
        17,
        1,
        None,
    ),
    Among("\u{03C4}\u{03B6}", -1, 1, None),
    Among("\u{03BA}", -1, 1, None),
    Among("\u{03C3}\u{03BA}", 20, 1, None),
    Among("\u{03BA}\u{03B1}\u{03C0}\u{03B1}\u{03BA}", 20, 1, None),
    Among("\u{03C3}\u{03BF}\u{03BA}", 20, 1, None),
    Among("\u{03C0}\u{03BB}", -1, 1, None),
    Among("\u{03C6}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03BB}\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03C6}\u{03B1}\u{03C1}\u{03BC}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03B9}\u{03BC}", -1, 1, None),
    Among("\u{03BA}\u{03BB}\u{03B9}\u{03BC}", -1, 1, None),
    Among("\u{03C3}\u{03C0}\u{03B1}\u{03BD}", -1, 1, None),
    Among("\u{03BA}\u{03BF}\u{03BD}", -1, 1, None),
];

static A_22: &'static [Among<Context>; 15] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03C0}\u{03B1}\u{03C4}\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03C4}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03BD}\u{03C5}\u{03C6}", -1, 1, None),
    Among("\u{03B2}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03C1}\u{03B4}", -1, 1, None),
    Among("\u{03B6}", -1, 1, None),
    Among("\u{03C3}\u{03BA}", -1, 1, None),
    Among("\u{03B2}\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03B3}\u{03BB}", -1, 1, None),
    Among(
        "\u{03C4}\u{03C1}\u{03B9}\u{03C0}\u{03BF}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03B1}\u{03BA}\u{03C1}\u{03C5}\u{03BD}",
        -1,
        1,
        None,
    ),
    Among("\u{03B3}\u{03B9}\u{03B1}\u{03BD}", -1, 1, None),
    Among(
        "\u{03B7}\u{03B3}\u{03BF}\u{03C5}\u{03BC}\u{03B5}\u{03BD}",
        -1,
        1,
        None,
    ),
    Among("\u{03BA}\u{03BF}\u{03BD}", -1, 1, None),
];

static A_23: &'static [Among<Context>; 8] = &[
    Among("\u{03B9}\u{03C4}\u{03C3}\u{03B1}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C4}\u{03C3}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C4}\u{03C3}\u{03B1}", -1, 1, None),
    Among("\u{03B1}\u{03BA}\u{03B9}\u{03B1}", -1, 1, None),
    Among(
        "\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B9}\u{03B1}",
        3,
        1,
        None,
    ),
    Among("\u{03B1}\u{03BA}\u{03B9}", -1, 1, None),
    Among("\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B9}", 5, 1, None),
    Among("\u{03B9}\u{03C4}\u{03C3}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_24: &'static [Among<Context>; 4] = &[
    Among("\u{03B9}\u{03C1}", -1, 1, None),
    Among("\u{03C8}\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03B1}\u{03B9}\u{03C6}\u{03BD}", -1, 1, None),
    Among("\u{03BF}\u{03BB}\u{03BF}", -1, 1, None),
];

static A_25: &'static [Among<Context>; 2] = &[
    Among("\u{03B5}", -1, 1, None),
    Among("\u{03C0}\u{03B1}\u{03B9}\u{03C7}\u{03BD}", -1, 1, None),
];

static A_26: &'static [Among<Context>; 3] = &[
    Among("\u{03B9}\u{03B4}\u{03B9}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03B4}\u{03B9}\u{03C9}\u{03BD}", -1, 1, None),
    Among("\u{03B9}\u{03B4}\u{03B9}\u{03BF}", -1, 1, None),
];

static A_27: &'static [Among<Context>; 7] = &[
    Among("\u{03C1}", -1, 1, None),
    Among("\u{03B9}\u{03B2}", -1, 1, None),
    Among("\u{03B4}", -1, 1, None),
    Among("\u{03BB}\u{03C5}\u{03BA}", -1, 1, None),
    Among("\u{03C6}\u{03C1}\u{03B1}\u{03B3}\u{03BA}", -1, 1, None),
    Among("\u{03BF}\u{03B2}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03BC}\u{03B7}\u{03BD}", -1, 1, None),
];

static A_28: &'static [Among<Context>; 4] = &[
    Among("\u{03B9}\u{03C3}\u{03BA}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BA}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BA}\u{03B5}", -1, 1, None),
    Among("\u{03B9}\u{03C3}\u{03BA}\u{03BF}", -1, 1, None),
];

static A_29: &'static [Among<Context>; 2] = &[
    Among("\u{03B1}\u{03B4}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B1}\u{03B4}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_30: &'static [Among<Context>; 10] = &[
    Among("\u{03BC}\u{03C0}\u{03B1}\u{03BC}\u{03C0}", -1, -1, None),
    Among("\u{03BA}\u{03C5}\u{03C1}", -1, -1, None),
    Among("\u{03C0}\u{03B1}\u{03C4}\u{03B5}\u{03C1}", -1, -1, None),
    Among("\u{03C0}\u{03B5}\u{03B8}\u{03B5}\u{03C1}", -1, -1, None),
    Among("\u{03BD}\u{03C4}\u{03B1}\u{03BD}\u{03C4}", -1, -1, None),
    Among("\u{03B3}\u{03B9}\u{03B1}\u{03B3}\u{03B9}", -1, -1, None),
    Among("\u{03B8}\u{03B5}\u{03B9}", -1, -1, None),
    Among("\u{03BF}\u{03BA}", -1, -1, None),
    Among("\u{03BC}\u{03B1}\u{03BC}", -1, -1, None),
    Among("\u{03BC}\u{03B1}\u{03BD}", -1, -1, None),
];

static A_31: &'static [Among<Context>; 2] = &[
    Among("\u{03B5}\u{03B4}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B5}\u{03B4}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_32: &'static [Among<Context>; 8] = &[
    Among("\u{03BA}\u{03C1}\u{03B1}\u{03C3}\u{03C0}", -1, 1, None),
    Among("\u{03C5}\u{03C0}", -1, 1, None),
    Among("\u{03B4}\u{03B1}\u{03C0}", -1, 1, None),
    Among("\u{03B3}\u{03B7}\u{03C0}", -1, 1, None),
    Among("\u{03B9}\u{03C0}", -1, 1, None),
    Among("\u{03B5}\u{03BC}\u{03C0}", -1, 1, None),
    Among("\u{03BF}\u{03C0}", -1, 1, None),
    Among("\u{03BC}\u{03B9}\u{03BB}", -1, 1, None),
];

static A_33: &'static [Among<Context>; 2] = &[
    Among("\u{03BF}\u{03C5}\u{03B4}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03B4}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_34: &'static [Among<Context>; 15] = &[
    Among("\u{03C3}\u{03C0}", -1, 1, None),
    Among("\u{03C6}\u{03C1}", -1, 1, None),
    Among("\u{03C3}", -1, 1, None),
    Among("\u{03BB}\u{03B9}\u{03C7}", -1, 1, None),
    Among("\u{03C4}\u{03C1}\u{03B1}\u{03B3}", -1, 1, None),
    Among("\u{03C6}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03C1}\u{03BA}", -1, 1, None),
    Among("\u{03C3}\u{03BA}", -1, 1, None),
    Among(
        "\u{03BA}\u{03B1}\u{03BB}\u{03B9}\u{03B1}\u{03BA}",
        -1,
        1,
        None,
    ),
    Among("\u{03BB}\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03C6}\u{03BB}", -1, 1, None),
    Among("\u{03C0}\u{03B5}\u{03C4}\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03B2}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03C7}\u{03BD}", -1, 1, None),
    Among("\u{03C0}\u{03BB}\u{03B5}\u{03BE}", -1, 1, None),
];

static A_35: &'static [Among<Context>; 2] = &[
    Among("\u{03B5}\u{03C9}\u{03C3}", -1, 1, None),
    Among("\u{03B5}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_36: &'static [Among<Context>; 8] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03C0}\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03B4}", -1, 1, None),
    Among("\u{03B9}\u{03B4}", 2, 1, None),
    Among("\u{03B8}", -1, 1, None),
    Among("\u{03B3}\u{03B1}\u{03BB}", -1, 1, None),
    Among("\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03BD}", -1, 1, None),
];

static A_37: &'static [Among<Context>; 3] = &[
    Among("\u{03B9}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B9}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_38: &'static [Among<Context>; 4] = &[
    Among("\u{03B9}\u{03BA}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B9}\u{03BA}\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03BA}\u{03C9}\u{03BD}", -1, 1, None),
    Among("\u{03B9}\u{03BA}\u{03BF}", -1, 1, None),
];

static A_39: &'static [Among<Context>; 36] = &[
    Among("\u{03BA}\u{03B1}\u{03BB}\u{03C0}", -1, 1, None),
    Among("\u{03B3}\u{03B5}\u{03C1}", -1, 1, None),
    Among(
        "\u{03C0}\u{03BB}\u{03B9}\u{03B1}\u{03C4}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B5}\u{03C4}\u{03C3}", -1, 1, None),
    Among("\u{03C0}\u{03B9}\u{03C4}\u{03C3}", -1, 1, None),
    Among("\u{03C6}\u{03C5}\u{03C3}", -1, 1, None),
    Among("\u{03C7}\u{03B1}\u{03C3}", -1, 1, None),
    Among("\u{03BC}\u{03C0}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03C3}\u{03B5}\u{03C1}\u{03C4}", -1, 1, None),
    Among(
        "\u{03BC}\u{03C0}\u{03B1}\u{03B3}\u{03B9}\u{03B1}\u{03C4}",
        -1,
        1,
        None,
    ),
    Among("\u{03BD}\u{03B9}\u{03C4}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B9}\u{03BA}\u{03B1}\u{03BD}\u{03C4}",
        -1,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BE}\u{03C9}\u{03B4}", -1, 1, None),
    Among("\u{03B1}\u{03B4}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03C4}\u{03B1}\u{03B4}", 13, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}\u{03B1}\u{03B4}", 13, 1, None),
    Among("\u{03B1}\u{03BD}\u{03C4}\u{03B9}\u{03B4}", -1, 1, None),
    Among("\u{03B5}\u{03BD}\u{03B4}", -1, 1, None),
    Among("\u{03C5}\u{03C0}\u{03BF}\u{03B4}", -1, 1, None),
    Among(
        "\u{03C0}\u{03C1}\u{03C9}\u{03C4}\u{03BF}\u{03B4}",
        -1,
        1,
        None,
    ),
    Among("\u{03C6}\u{03C5}\u{03BB}\u{03BF}\u{03B4}", -1, 1, None),
    Among("\u{03B7}\u{03B8}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03B7}\u{03B8}", 21, 1, None),
    Among("\u{03BE}\u{03B9}\u{03BA}", -1, 1, None),
    Among("\u{03BC}\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03B1}\u{03BB}", -1, 1, None),
    Among(
        "\u{03B1}\u{03BC}\u{03BC}\u{03BF}\u{03C7}\u{03B1}\u{03BB}",
        25,
        1,
        None,
    ),
    Among(
        "\u{03C3}\u{03C5}\u{03BD}\u{03BF}\u{03BC}\u{03B7}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among("\u{03BC}\u{03C0}\u{03BF}\u{03BB}", -1, 1, None),
    Among("\u{03B2}\u{03C1}\u{03C9}\u{03BC}", -1, 1, None),
    Among("\u{03C4}\u{03C3}\u{03B1}\u{03BC}", -1, 1, None),
    Among("\u{03BC}\u{03C0}\u{03B1}\u{03BD}", -1, 1, None),
    Among("\u{03B1}\u{03BC}\u{03B1}\u{03BD}", -1, 1, None),
    Among(
        "\u{03BA}\u{03B1}\u{03BB}\u{03BB}\u{03B9}\u{03BD}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03C0}\u{03BF}\u{03C3}\u{03C4}\u{03B5}\u{03BB}\u{03BD}",
        -1,
        1,
        None,
    ),
    Among("\u{03C6}\u{03B9}\u{03BB}\u{03BF}\u{03BD}", -1, 1, None),
];

static A_40: &'static [Among<Context>; 5] = &[
    Among(
        "\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03BC}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03B7}\u{03C3}\u{03B1}\u{03BC}\u{03B5}", -1, 1, None),
    Among("\u{03B1}\u{03B3}\u{03B1}\u{03BC}\u{03B5}", -1, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B1}\u{03BC}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BC}\u{03B5}",
        3,
        1,
        None,
    ),
];

static A_41: &'static [Among<Context>; 12] = &[
    Among("\u{03B1}\u{03BD}\u{03B1}\u{03C0}", -1, 1, None),
    Among("\u{03C0}\u{03B9}\u{03BA}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BF}\u{03C3}\u{03C4}", -1, 1, None),
    Among("\u{03C0}\u{03BF}\u{03C4}", -1, 1, None),
    Among("\u{03C7}", -1, 1, None),
    Among("\u{03C3}\u{03B9}\u{03C7}", 4, 1, None),
    Among("\u{03B2}\u{03BF}\u{03C5}\u{03B2}", -1, 1, None),
    Among("\u{03C0}\u{03B5}\u{03B8}", -1, 1, None),
    Among("\u{03BE}\u{03B5}\u{03B8}", -1, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BF}\u{03B8}", -1, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BF}\u{03BA}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
];

static A_42: &'static [Among<Context>; 2] = &[
    Among("\u{03C4}\u{03C1}", -1, 1, None),
    Among("\u{03C4}\u{03C3}", -1, 1, None),
];

static A_43: &'static [Among<Context>; 11] = &[
    Among(
        "\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among("\u{03B7}\u{03C3}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03BD}\u{03B5}",
        2,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03BD}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03BD}\u{03B5}",
        4,
        1,
        None,
    ),
    Among("\u{03BF}\u{03C4}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B9}\u{03BF}\u{03C4}\u{03B1}\u{03BD}\u{03B5}",
        6,
        1,
        None,
    ),
    Among("\u{03B1}\u{03B3}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B1}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BD}\u{03B5}",
        9,
        1,
        None,
    ),
];

static A_44: &'static [Among<Context>; 95] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03C3}\u{03C0}", 0, 1, None),
    Among(
        "\u{03C0}\u{03BF}\u{03BB}\u{03C5}\u{03B4}\u{03B1}\u{03C0}",
        0,
        1,
        None,
    ),
    Among("\u{03B1}\u{03B4}\u{03B1}\u{03C0}", 0, 1, None),
    Among(
        "\u{03C7}\u{03B1}\u{03BC}\u{03B7}\u{03BB}\u{03BF}\u{03B4}\u{03B1}\u{03C0}",
        0,
        1,
        None,
    ),
    Among("\u{03C4}\u{03C3}\u{03BF}\u{03C0}", 0, 1, None),
    Among("\u{03BA}\u{03BF}\u{03C0}", 0, 1, None),
    Among(
        "\u{03C5}\u{03C0}\u{03BF}\u{03BA}\u{03BF}\u{03C0}",
        6,
        1,
        None,
    ),
    Among(
        "\u{03C0}\u{03B5}\u{03C1}\u{03B9}\u{03C4}\u{03C1}",
        -1,
        1,
        None,
    ),
    Among("\u{03BF}\u{03C5}\u{03C1}", -1, 1, None),
    Among("\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03B2}\u{03B5}\u{03C4}\u{03B5}\u{03C1}", 10, 1, None),
    Among("\u{03B3}\u{03B5}\u{03C1}", 10, 1, None),
    Among(
        "\u{03BB}\u{03BF}\u{03C5}\u{03B8}\u{03B7}\u{03C1}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03BF}\u{03C1}\u{03BC}\u{03BF}\u{03C1}",
        -1,
        1,
        None,
    ),
    Among("\u{03C3}", -1, 1, None),
    Among(
        "\u{03C3}\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B1}\u{03C4}\u{03C3}",
        15,
        1,
        None,
    ),
    Among("\u{03B8}\u{03C5}\u{03C3}", 15, 1, None),
    Among("\u{03B2}\u{03B1}\u{03C3}", 15, 1, None),
    Among("\u{03C0}\u{03BF}\u{03BB}\u{03B9}\u{03C3}", 15, 1, None),
    Among("\u{03BA}\u{03B1}\u{03C3}\u{03C4}", -1, 1, None),
    Among("\u{03B4}\u{03B9}\u{03B1}\u{03C4}", -1, 1, None),
    Among("\u{03C0}\u{03BB}\u{03B1}\u{03C4}", -1, 1, None),
    Among(
        "\u{03C4}\u{03C3}\u{03B1}\u{03C1}\u{03BB}\u{03B1}\u{03C4}",
        -1,
        1,
        None,
    ),
    Among("\u{03C4}\u{03B5}\u{03C4}", -1, 1, None),
    Among(
        "\u{03C0}\u{03BF}\u{03C5}\u{03C1}\u{03B9}\u{03C4}",
        -1,
        1,
        None,
    ),
    Among("\u{03C3}\u{03BF}\u{03C5}\u{03BB}\u{03C4}", -1, 1, None),
    Among("\u{03B6}\u{03C9}\u{03BD}\u{03C4}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03B9}\u{03BD}\u{03C4}", -1, 1, None),
    Among("\u{03C6}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B5}\u{03BD}\u{03C4}\u{03B1}\u{03C1}\u{03C6}",
        29,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03BF}\u{03B9}\u{03BB}\u{03B1}\u{03C1}\u{03C6}",
        29,
        1,
        None,
    ),
    Among("\u{03BF}\u{03C1}\u{03C6}", 29, 1, None),
    Among("\u{03B4}\u{03B9}\u{03B1}\u{03C6}", 29, 1, None),
    Among("\u{03C3}\u{03C4}\u{03B5}\u{03C6}", 29, 1, None),
    Among(
        "\u{03C6}\u{03C9}\u{03C4}\u{03BF}\u{03C3}\u{03C4}\u{03B5}\u{03C6}",
        34,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B5}\u{03C1}\u{03B7}\u{03C6}", 29, 1, None),
    Among(
        "\u{03C5}\u{03C0}\u{03B5}\u{03C1}\u{03B7}\u{03C6}",
        36,
        1,
        None,
    ),
    Among("\u{03C7}", -1, 1, None),
    Among(
        "\u{03C0}\u{03BF}\u{03BB}\u{03C5}\u{03BC}\u{03B7}\u{03C7}",
        38,
        1,
        None,
    ),
    Among("\u{03B1}\u{03BC}\u{03B7}\u{03C7}", 38, 1, None),
    Among(
        "\u{03B2}\u{03B9}\u{03BF}\u{03BC}\u{03B7}\u{03C7}",
        38,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03B9}\u{03BA}\u{03C1}\u{03BF}\u{03B2}\u{03B9}\u{03BF}\u{03BC}\u{03B7}\u{03C7}",
        41,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03B5}\u{03B3}\u{03BB}\u{03BF}\u{03B2}\u{03B9}\u{03BF}\u{03BC}\u{03B7}\u{03C7}",
        41,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03C0}\u{03BD}\u{03BF}\u{03B2}\u{03B9}\u{03BF}\u{03BC}\u{03B7}\u{03C7}",
        41,
        1,
        None,
    ),
    Among("\u{03BB}\u{03B9}\u{03C7}", 38, 1, None),
    Among("\u{03C4}\u{03B1}\u{03B2}", -1, 1, None),
    Among("\u{03BD}\u{03C4}\u{03B1}\u{03B2}", 46, 1, None),
    Among(
        "\u{03C8}\u{03B7}\u{03BB}\u{03BF}\u{03C4}\u{03B1}\u{03B2}",
        46,
        1,
        None,
    ),
    Among("\u{03BB}\u{03B9}\u{03B2}", -1, 1, None),
    Among("\u{03BA}\u{03BB}\u{03B9}\u{03B2}", 49, 1, None),
    Among(
        "\u{03BE}\u{03B7}\u{03C1}\u{03BF}\u{03BA}\u{03BB}\u{03B9}\u{03B2}",
        50,
        1,
        None,
    ),
    Among("\u{03B3}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03BF}\u{03C1}\u{03B3}", 52, 1, None),
    Among("\u{03B5}\u{03BD}\u{03BF}\u{03C1}\u{03B3}", 52, 1, None),
    Among("\u{03B1}\u{03B3}", 52, 1, None),
    Among("\u{03C4}\u{03C1}\u{03B1}\u{03B3}", 55, 1, None),
    Among("\u{03C4}\u{03C3}\u{03B1}\u{03B3}", 55, 1, None),
    Among("\u{03C4}\u{03C3}\u{03B9}\u{03B3}\u{03B3}", 52, 1, None),
    Among(
        "\u{03B1}\u{03C4}\u{03C3}\u{03B9}\u{03B3}\u{03B3}",
        58,
        1,
        None,
    ),
    Among("\u{03B1}\u{03B8}\u{03B9}\u{03B3}\u{03B3}", 52, 1, None),
    Among("\u{03C3}\u{03C4}\u{03B5}\u{03B3}", 52, 1, None),
    Among("\u{03B1}\u{03C0}\u{03B7}\u{03B3}", 52, 1, None),
    Among("\u{03C3}\u{03B9}\u{03B3}", 52, 1, None),
    Among(
        "\u{03BA}\u{03B1}\u{03BB}\u{03C0}\u{03BF}\u{03C5}\u{03B6}",
        -1,
        1,
        None,
    ),
    Among("\u{03B8}", -1, 1, None),
    Among(
        "\u{03BC}\u{03C9}\u{03B1}\u{03BC}\u{03B5}\u{03B8}",
        65,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B9}\u{03B8}", 65, 1, None),
    Among("\u{03B1}\u{03C0}\u{03B9}\u{03B8}", 67, 1, None),
    Among("\u{03B2}\u{03B1}\u{03C3}\u{03BA}", -1, 1, None),
    Among(
        "\u{03B2}\u{03C1}\u{03B1}\u{03C7}\u{03C5}\u{03BA}",
        -1,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B5}\u{03BA}", -1, 1, None),
    Among("\u{03C0}\u{03B5}\u{03BB}\u{03B5}\u{03BA}", -1, 1, None),
    Among("\u{03B9}\u{03BA}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03B9}\u{03BA}", 73, 1, None),
    Among("\u{03B2}\u{03BF}\u{03C5}\u{03BB}\u{03BA}", -1, 1, None),
    Among("\u{03C0}\u{03BB}", -1, 1, None),
    Among("\u{03B4}\u{03B9}\u{03C0}\u{03BB}", 76, 1, None),
    Among(
        "\u{03C8}\u{03C5}\u{03C7}\u{03BF}\u{03C0}\u{03BB}",
        76,
        1,
        None,
    ),
    Among("\u{03BB}\u{03B1}\u{03BF}\u{03C0}\u{03BB}", 76, 1, None),
    Among("\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03B3}\u{03B1}\u{03BB}", -1, 1, None),
    Among(
        "\u{03B2}\u{03B1}\u{03B8}\u{03C5}\u{03B3}\u{03B1}\u{03BB}",
        81,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03C4}\u{03B1}\u{03B3}\u{03B1}\u{03BB}",
        81,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03BB}\u{03BF}\u{03B3}\u{03B1}\u{03BB}",
        81,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03C3}\u{03C4}\u{03B5}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among("\u{03BC}\u{03B5}\u{03BB}", -1, 1, None),
    Among(
        "\u{03C0}\u{03BF}\u{03C1}\u{03C4}\u{03BF}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among("\u{03BC}", -1, 1, None),
    Among(
        "\u{03B4}\u{03C1}\u{03B1}\u{03B4}\u{03BF}\u{03C5}\u{03BC}",
        88,
        1,
        None,
    ),
    Among("\u{03B2}\u{03C1}\u{03B1}\u{03C7}\u{03BC}", 88, 1, None),
    Among(
        "\u{03BF}\u{03BB}\u{03B9}\u{03B3}\u{03BF}\u{03B4}\u{03B1}\u{03BC}",
        88,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03BF}\u{03C5}\u{03C3}\u{03BF}\u{03C5}\u{03BB}\u{03BC}",
        88,
        1,
        None,
    ),
    Among("\u{03BD}", -1, 1, None),
    Among(
        "\u{03B1}\u{03BC}\u{03B5}\u{03C1}\u{03B9}\u{03BA}\u{03B1}\u{03BD}",
        93,
        1,
        None,
    ),
];

static A_45: &'static [Among<Context>; 1] = &[Among(
    "\u{03B7}\u{03C3}\u{03B5}\u{03C4}\u{03B5}",
    -1,
    1,
    None,
)];

static A_46: &'static [Among<Context>; 31] = &[
    Among("\u{03C0}\u{03C5}\u{03C1}", -1, 1, None),
    Among("\u{03B5}\u{03C5}\u{03C1}", -1, 1, None),
    Among("\u{03C7}\u{03C9}\u{03C1}", -1, 1, None),
    Among("\u{03B2}\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03B2}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03B9}\u{03C1}", -1, 1, None),
    Among("\u{03C6}\u{03BF}\u{03C1}", -1, 1, None),
    Among("\u{03BD}\u{03B5}\u{03C4}", -1, 1, None),
    Among("\u{03C3}\u{03C7}", -1, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}\u{03B4}", -1, 1, None),
    Among("\u{03B5}\u{03BD}\u{03B4}", -1, 1, None),
    Among("\u{03BF}\u{03B4}", -1, 1, None),
    Among("\u{03C5}\u{03C0}\u{03B5}\u{03C1}\u{03B8}", -1, 1, None),
    Among("\u{03C3}\u{03B8}", -1, 1, None),
    Among("\u{03B5}\u{03C5}\u{03B8}", -1, 1, None),
    Among("\u{03C1}\u{03B1}\u{03B8}", -1, 1, None),
    Among("\u{03C4}\u{03B1}\u{03B8}", -1, 1, None),
    Among("\u{03B4}\u{03B9}\u{03B1}\u{03B8}", -1, 1, None),
    Among("\u{03BA}\u{03B1}\u{03B8}", -1, 1, None),
    Among("\u{03C4}\u{03B9}\u{03B8}", -1, 1, None),
    Among("\u{03B5}\u{03BA}\u{03B8}", -1, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}\u{03B8}", -1, 1, None),
    Among("\u{03B5}\u{03BD}\u{03B8}", -1, 1, None),
    Among("\u{03C1}\u{03BF}\u{03B8}", -1, 1, None),
    Among("\u{03B1}\u{03C1}\u{03BA}", -1, 1, None),
    Among("\u{03C9}\u{03C6}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03B2}\u{03BF}\u{03BB}", -1, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}", -1, 1, None),
    Among("\u{03B1}\u{03B9}\u{03BD}", -1, 1, None),
    Among("\u{03C0}\u{03BF}\u{03BD}", -1, 1, None),
    Among("\u{03C1}\u{03BF}\u{03BD}", -1, 1, None),
];

static A_47: &'static [Among<Context>; 25] = &[
    Among("\u{03C3}\u{03B5}\u{03C1}\u{03C0}", -1, 1, None),
    Among("\u{03BA}\u{03BF}\u{03C0}", -1, 1, None),
    Among("\u{03B8}\u{03B1}\u{03C1}\u{03C1}", -1, 1, None),
    Among("\u{03BD}\u{03C4}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03B2}\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03B5}\u{03BD}\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03B2}\u{03C1}", -1, 1, None),
    Among("\u{03BC}\u{03C0}\u{03BF}\u{03C1}", -1, 1, None),
    Among("\u{03C5}", -1, 1, None),
    Among("\u{03C3}\u{03C5}\u{03C1}\u{03C6}", -1, 1, None),
    Among("\u{03BD}\u{03B9}\u{03C6}", -1, 1, None),
    Among("\u{03C0}\u{03B1}\u{03B3}", -1, 1, None),
    Among("\u{03B4}", -1, 1, None),
    Among("\u{03B1}\u{03B4}", 12, 1, None),
    Among("\u{03B8}", -1, 1, None),
    Among("\u{03B1}\u{03B8}", 14, 1, None),
    Among("\u{03C3}\u{03BA}", -1, 1, None),
    Among("\u{03C4}\u{03BF}\u{03BA}", -1, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BB}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B1}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among("\u{03C3}\u{03BA}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03B5}\u{03BC}", -1, 1, None),
    Among("\u{03B1}\u{03BD}", -1, 1, None),
    Among("\u{03B2}\u{03B5}\u{03BD}", -1, 1, None),
    Among("\u{03B2}\u{03B1}\u{03C1}\u{03BF}\u{03BD}", -1, 1, None),
];

static A_48: &'static [Among<Context>; 2] = &[
    Among("\u{03C9}\u{03BD}\u{03C4}\u{03B1}\u{03C3}", -1, 1, None),
    Among("\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03C3}", -1, 1, None),
];

static A_49: &'static [Among<Context>; 2] = &[
    Among(
        "\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        0,
        1,
        None,
    ),
];

static A_50: &'static [Among<Context>; 6] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03B1}\u{03C0}", 0, 1, None),
    Among(
        "\u{03B1}\u{03BA}\u{03B1}\u{03C4}\u{03B1}\u{03C0}",
        1,
        1,
        None,
    ),
    Among("\u{03C3}\u{03C5}\u{03BC}\u{03C0}", 0, 1, None),
    Among("\u{03B1}\u{03C3}\u{03C5}\u{03BC}\u{03C0}", 3, 1, None),
    Among(
        "\u{03B1}\u{03BC}\u{03B5}\u{03C4}\u{03B1}\u{03BC}\u{03C6}",
        -1,
        1,
        None,
    ),
];

static A_51: &'static [Among<Context>; 9] = &[
    Among("\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03BD}\u{03B9}\u{03C3}", -1, 1, None),
    Among("\u{03B6}", -1, 1, None),
    Among("\u{03B1}\u{03BB}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B1}\u{03BB}",
        3,
        1,
        None,
    ),
    Among("\u{03B5}\u{03BA}\u{03C4}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among("\u{03BE}", -1, 1, None),
    Among("\u{03C0}\u{03C1}\u{03BF}", -1, 1, None),
];

static A_52: &'static [Among<Context>; 3] = &[
    Among(
        "\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B5}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B1}", -1, 1, None),
    Among("\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B5}", -1, 1, None),
];

static A_53: &'static [Among<Context>; 6] = &[
    Among("\u{03C3}\u{03C6}", -1, 1, None),
    Among("\u{03BD}\u{03B1}\u{03C1}\u{03B8}", -1, 1, None),
    Among("\u{03C0}\u{03B9}\u{03B8}", -1, 1, None),
    Among("\u{03BF}\u{03B8}", -1, 1, None),
    Among("\u{03C3}\u{03BA}\u{03BF}\u{03C5}\u{03BB}", -1, 1, None),
    Among("\u{03C3}\u{03BA}\u{03C9}\u{03BB}", -1, 1, None),
];

static A_54: &'static [Among<Context>; 5] = &[
    Among("\u{03B8}", -1, 1, None),
    Among("\u{03C0}\u{03C1}\u{03BF}\u{03C3}\u{03B8}", 0, 1, None),
    Among(
        "\u{03C0}\u{03B1}\u{03C1}\u{03B1}\u{03BA}\u{03B1}\u{03C4}\u{03B1}\u{03B8}",
        0,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B9}\u{03B1}\u{03B8}", 0, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}\u{03B8}", 0, 1, None),
];

static A_55: &'static [Among<Context>; 3] = &[
    Among("\u{03B7}\u{03BA}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B1}", -1, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B5}", -1, 1, None),
];

static A_56: &'static [Among<Context>; 12] = &[
    Among("\u{03B2}\u{03BB}\u{03B5}\u{03C0}", -1, 1, None),
    Among("\u{03C0}\u{03BF}\u{03B4}\u{03B1}\u{03C1}", -1, 1, None),
    Among("\u{03C0}\u{03C1}\u{03C9}\u{03C4}", -1, 1, None),
    Among("\u{03BA}\u{03C5}\u{03BC}\u{03B1}\u{03C4}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B1}\u{03BD}\u{03C4}\u{03B1}\u{03C7}",
        -1,
        1,
        None,
    ),
    Among("\u{03BB}\u{03B1}\u{03C7}", -1, 1, None),
    Among("\u{03C6}\u{03B1}\u{03B3}", -1, 1, None),
    Among("\u{03BB}\u{03B7}\u{03B3}", -1, 1, None),
    Among("\u{03C6}\u{03C1}\u{03C5}\u{03B4}", -1, 1, None),
    Among(
        "\u{03BC}\u{03B1}\u{03BD}\u{03C4}\u{03B9}\u{03BB}",
        -1,
        1,
        None,
    ),
    Among("\u{03BC}\u{03B1}\u{03BB}\u{03BB}", -1, 1, None),
    Among("\u{03BF}\u{03BC}", -1, 1, None),
];

static A_57: &'static [Among<Context>; 25] = &[
    Among("\u{03B5}\u{03BA}\u{03BB}\u{03B9}\u{03C0}", -1, 1, None),
    Among("\u{03C1}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03B1}\u{03C1}\u{03C1}", 1, 1, None),
    Among(
        "\u{03B5}\u{03BD}\u{03B4}\u{03B9}\u{03B1}\u{03C6}\u{03B5}\u{03C1}",
        1,
        1,
        None,
    ),
    Among("\u{03C0}\u{03B1}\u{03C4}", -1, 1, None),
    Among(
        "\u{03BA}\u{03B1}\u{03B8}\u{03B1}\u{03C1}\u{03B5}\u{03C5}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03B4}\u{03B5}\u{03C5}\u{03C4}\u{03B5}\u{03C1}\u{03B5}\u{03C5}",
        -1,
        1,
        None,
    ),
    Among("\u{03BB}\u{03B5}\u{03C7}", -1, 1, None),
    Among("\u{03C4}\u{03C3}\u{03B1}", -1, 1, None),
    Among("\u{03C7}\u{03B1}\u{03B4}", -1, 1, None),
    Among("\u{03BC}\u{03B5}\u{03B4}", -1, 1, None),
    Among(
        "\u{03BB}\u{03B1}\u{03BC}\u{03C0}\u{03B9}\u{03B4}",
        -1,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B5}", -1, 1, None),
    Among("\u{03C0}\u{03BB}\u{03B5}", -1, 1, None),
    Among("\u{03BC}\u{03B5}\u{03C3}\u{03B1}\u{03B6}", -1, 1, None),
    Among(
        "\u{03B4}\u{03B5}\u{03C3}\u{03C0}\u{03BF}\u{03B6}",
        -1,
        1,
        None,
    ),
    Among("\u{03B1}\u{03B9}\u{03B8}", -1, 1, None),
    Among(
        "\u{03C6}\u{03B1}\u{03C1}\u{03BC}\u{03B1}\u{03BA}",
        -1,
        1,
        None,
    ),
    Among("\u{03B1}\u{03B3}\u{03BA}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03B7}\u{03BA}", -1, 1, None),
    Among("\u{03BB}", -1, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among("\u{03B1}\u{03BC}", 21, 1, None),
    Among("\u{03B2}\u{03C1}\u{03BF}\u{03BC}", 21, 1, None),
    Among(
        "\u{03C5}\u{03C0}\u{03BF}\u{03C4}\u{03B5}\u{03B9}\u{03BD}",
        -1,
        1,
        None,
    ),
];

static A_58: &'static [Among<Context>; 3] = &[
    Among("\u{03BF}\u{03C5}\u{03C3}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03C3}\u{03B1}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03C3}\u{03B5}", -1, 1, None),
];

static A_59: &'static [Among<Context>; 2] = &[
    Among("\u{03C8}\u{03BF}\u{03C6}", -1, -1, None),
    Among(
        "\u{03BD}\u{03B1}\u{03C5}\u{03BB}\u{03BF}\u{03C7}",
        -1,
        -1,
        None,
    ),
];

static A_60: &'static [Among<Context>; 10] = &[
    Among("\u{03C1}\u{03C0}", -1, 1, None),
    Among("\u{03C0}\u{03C1}", -1, 1, None),
    Among("\u{03C6}\u{03C1}", -1, 1, None),
    Among("\u{03C7}\u{03BF}\u{03C1}\u{03C4}", -1, 1, None),
    Among("\u{03C3}\u{03C6}", -1, 1, None),
    Among("\u{03BF}\u{03C6}", -1, 1, None),
    Among("\u{03BB}\u{03BF}\u{03C7}", -1, 1, None),
    Among("\u{03C0}\u{03B5}\u{03BB}", -1, 1, None),
    Among("\u{03BB}\u{03BB}", -1, 1, None),
    Among("\u{03C3}\u{03BC}\u{03B7}\u{03BD}", -1, 1, None),
];

static A_61: &'static [Among<Context>; 44] = &[
    Among("\u{03C0}", -1, 1, None),
    Among("\u{03B1}\u{03C3}\u{03C0}", 0, 1, None),
    Among("\u{03B1}\u{03BD}\u{03C5}\u{03C0}", 0, 1, None),
    Among("\u{03B1}\u{03C1}\u{03C4}\u{03B9}\u{03C0}", 0, 1, None),
    Among("\u{03B1}\u{03B5}\u{03B9}\u{03C0}", 0, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BC}\u{03C0}", 0, 1, None),
    Among(
        "\u{03C0}\u{03C1}\u{03BF}\u{03C3}\u{03C9}\u{03C0}\u{03BF}\u{03C0}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03C3}\u{03B9}\u{03B4}\u{03B7}\u{03C1}\u{03BF}\u{03C0}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B4}\u{03C1}\u{03BF}\u{03C3}\u{03BF}\u{03C0}",
        0,
        1,
        None,
    ),
    Among("\u{03BD}\u{03B5}\u{03BF}\u{03C0}", 0, 1, None),
    Among(
        "\u{03BA}\u{03C1}\u{03BF}\u{03BA}\u{03B1}\u{03BB}\u{03BF}\u{03C0}",
        0,
        1,
        None,
    ),
    Among("\u{03BF}\u{03BB}\u{03BF}\u{03C0}", 0, 1, None),
    Among("\u{03C1}", -1, 1, None),
    Among("\u{03C4}\u{03C1}", 12, 1, None),
    Among("\u{03BF}\u{03C5}\u{03C1}", 12, 1, None),
    Among("\u{03B1}\u{03C3}\u{03C0}\u{03B1}\u{03C1}", 12, 1, None),
    Among("\u{03C7}\u{03B1}\u{03C1}", 12, 1, None),
    Among("\u{03B1}\u{03C7}\u{03B1}\u{03C1}", 16, 1, None),
    Among("\u{03B1}\u{03C0}\u{03B5}\u{03C1}", 12, 1, None),
    Among("\u{03C4}", -1, 1, None),
    Among("\u{03B1}\u{03BD}\u{03C5}\u{03C3}\u{03C4}", 19, 1, None),
    Among("\u{03B1}\u{03B2}\u{03B1}\u{03C3}\u{03C4}", 19, 1, None),
    Among("\u{03C0}\u{03C1}\u{03BF}\u{03C3}\u{03C4}", 19, 1, None),
    Among(
        "\u{03B1}\u{03B9}\u{03BC}\u{03BF}\u{03C3}\u{03C4}",
        19,
        1,
        None,
    ),
    Among("\u{03B4}\u{03B9}\u{03B1}\u{03C4}", 19, 1, None),
    Among("\u{03B5}\u{03C0}\u{03B9}\u{03C4}", 19, 1, None),
    Among("\u{03C3}\u{03C5}\u{03BD}\u{03C4}", 19, 1, None),
    Among("\u{03C5}\u{03C0}\u{03BF}\u{03C4}", 19, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BF}\u{03C4}", 19, 1, None),
    Among("\u{03BF}\u{03BC}\u{03BF}\u{03C4}", 19, 1, None),
    Among("\u{03BD}\u{03BF}\u{03BC}\u{03BF}\u{03C4}", 29, 1, None),
    Among("\u{03BD}\u{03B1}\u{03C5}", -1, 1, None),
    Among("\u{03C0}\u{03BF}\u{03BB}\u{03C5}\u{03C6}", -1, 1, None),
    Among("\u{03B1}\u{03C6}", -1, 1, None),
    Among("\u{03BE}\u{03B5}\u{03C6}", -1, 1, None),
    Among("\u{03B1}\u{03B4}\u{03B7}\u{03C6}", -1, 1, None),
    Among("\u{03C0}\u{03B1}\u{03BC}\u{03C6}", -1, 1, None),
    Among(
        "\u{03B1}\u{03BC}\u{03B1}\u{03BB}\u{03BB}\u{03B9}",
        -1,
        1,
        None,
    ),
    Among("\u{03BB}", -1, 1, None),
    Among("\u{03B1}\u{03BC}\u{03B1}\u{03BB}", 38, 1, None),
    Among("\u{03BC}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03BB}\u{03B1}\u{03BC}", 40, 1, None),
    Among("\u{03B5}\u{03BD}", -1, 1, None),
    Among(
        "\u{03B4}\u{03B5}\u{03C1}\u{03B2}\u{03B5}\u{03BD}",
        42,
        1,
        None,
    ),
];

static A_62: &'static [Among<Context>; 3] = &[
    Among("\u{03B1}\u{03B3}\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B1}\u{03B3}\u{03B1}", -1, 1, None),
    Among("\u{03B1}\u{03B3}\u{03B5}", -1, 1, None),
];

static A_63: &'static [Among<Context>; 3] = &[
    Among("\u{03B7}\u{03C3}\u{03BF}\u{03C5}", -1, 1, None),
    Among("\u{03B7}\u{03C3}\u{03B1}", -1, 1, None),
    Among("\u{03B7}\u{03C3}\u{03B5}", -1, 1, None),
];

static A_64: &'static [Among<Context>; 6] = &[
    Among("\u{03BD}", -1, 1, None),
    Among("\u{03B5}\u{03C0}\u{03C4}\u{03B1}\u{03BD}", 0, 1, None),
    Among(
        "\u{03B4}\u{03C9}\u{03B4}\u{03B5}\u{03BA}\u{03B1}\u{03BD}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03C7}\u{03B5}\u{03C1}\u{03C3}\u{03BF}\u{03BD}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03BC}\u{03B5}\u{03B3}\u{03B1}\u{03BB}\u{03BF}\u{03BD}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B5}\u{03C1}\u{03B7}\u{03BC}\u{03BF}\u{03BD}",
        0,
        1,
        None,
    ),
];

static A_65: &'static [Among<Context>; 1] =
    &[Among("\u{03B7}\u{03C3}\u{03C4}\u{03B5}", -1, 1, None)];

static A_66: &'static [Among<Context>; 10] = &[
    Among("\u{03C7}\u{03C1}", -1, 1, None),
    Among("\u{03B4}\u{03C5}\u{03C3}\u{03C7}\u{03C1}", 0, 1, None),
    Among("\u{03B5}\u{03C5}\u{03C7}\u{03C1}", 0, 1, None),
    Among("\u{03B1}\u{03C7}\u{03C1}", 0, 1, None),
    Among(
        "\u{03BA}\u{03BF}\u{03B9}\u{03BD}\u{03BF}\u{03C7}\u{03C1}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03C0}\u{03B1}\u{03BB}\u{03B9}\u{03BC}\u{03C8}",
        -1,
        1,
        None,
    ),
    Among("\u{03C3}\u{03B2}", -1, 1, None),
    Among("\u{03B1}\u{03C3}\u{03B2}", 6, 1, None),
    Among("\u{03B1}\u{03C0}\u{03BB}", -1, 1, None),
    Among("\u{03B1}\u{03B5}\u{03B9}\u{03BC}\u{03BD}", -1, 1, None),
];

static A_67: &'static [Among<Context>; 3] = &[
    Among("\u{03BF}\u{03C5}\u{03BD}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B7}\u{03C3}\u{03BF}\u{03C5}\u{03BD}\u{03B5}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B7}\u{03B8}\u{03BF}\u{03C5}\u{03BD}\u{03B5}",
        0,
        1,
        None,
    ),
];

static A_68: &'static [Among<Context>; 6] = &[
    Among("\u{03C1}", -1, 1, None),
    Among(
        "\u{03C3}\u{03C4}\u{03C1}\u{03B1}\u{03B2}\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03C4}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among(
        "\u{03BA}\u{03B1}\u{03BA}\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03C4}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03C3}\u{03C0}\u{03B9}", -1, 1, None),
    Among("\u{03BD}", -1, 1, None),
    Among("\u{03B5}\u{03BE}\u{03C9}\u{03BD}", 4, 1, None),
];

static A_69: &'static [Among<Context>; 3] = &[
    Among("\u{03BF}\u{03C5}\u{03BC}\u{03B5}", -1, 1, None),
    Among(
        "\u{03B7}\u{03C3}\u{03BF}\u{03C5}\u{03BC}\u{03B5}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B7}\u{03B8}\u{03BF}\u{03C5}\u{03BC}\u{03B5}",
        0,
        1,
        None,
    ),
];

static A_70: &'static [Among<Context>; 7] = &[
    Among("\u{03B1}\u{03C3}\u{03BF}\u{03C5}\u{03C3}", -1, 1, None),
    Among(
        "\u{03C0}\u{03B1}\u{03C1}\u{03B1}\u{03C3}\u{03BF}\u{03C5}\u{03C3}",
        0,
        1,
        None,
    ),
    Among(
        "\u{03B1}\u{03BB}\u{03BB}\u{03BF}\u{03C3}\u{03BF}\u{03C5}\u{03C3}",
        -1,
        1,
        None,
    ),
    Among("\u{03C6}", -1, 1, None),
    Among("\u{03C7}", -1, 1, None),
    Among("\u{03B1}\u{03B6}", -1, 1, None),
    Among(
        "\u{03C9}\u{03C1}\u{03B9}\u{03BF}\u{03C0}\u{03BB}",
        -1,
        1,
        None,
    ),
];

static A_71: &'static [Among<Context>; 3] = &[
    Among("\u{03BC}\u{03B1}\u{03C4}\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03C4}\u{03B1}", -1, 1, None),
    Among("\u{03BC}\u{03B1}\u{03C4}\u{03C9}\u{03BD}", -1, 1, None),
];

static A_72: &'static [Among<Context>; 84] = &[
    Among("\u{03C5}\u{03C3}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03C3}", 0, 1, None),
    Among("\u{03B1}\u{03C3}", -1, 1, None),
    Among("\u{03B5}\u{03C3}", -1, 1, None),
    Among("\u{03B7}\u{03C3}\u{03B5}\u{03C3}", 3, 1, None),
    Among("\u{03B7}\u{03B4}\u{03B5}\u{03C3}", 3, 1, None),
    Among("\u{03B7}\u{03C3}", -1, 1, None),
    Among("\u{03B5}\u{03B9}\u{03C3}", -1, 1, None),
    Among("\u{03B7}\u{03B8}\u{03B5}\u{03B9}\u{03C3}", 7, 1, None),
    Among("\u{03BF}\u{03C3}", -1, 1, None),
    Among("\u{03C5}", -1, 1, None),
    Among("\u{03BF}\u{03C5}", 10, 1, None),
    Among("\u{03C9}", -1, 1, None),
    Among("\u{03B7}\u{03C3}\u{03C9}", 12, 1, None),
    Among("\u{03B1}\u{03C9}", 12, 1, None),
    Among("\u{03B7}\u{03B8}\u{03C9}", 12, 1, None),
    Among("\u{03B1}", -1, 1, None),
    Among("\u{03B9}\u{03BF}\u{03C5}\u{03BC}\u{03B1}", 16, 1, None),
    Among(
        "\u{03BF}\u{03C3}\u{03BF}\u{03C5}\u{03BD}\u{03B1}",
        16,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C3}\u{03BF}\u{03C5}\u{03BD}\u{03B1}",
        18,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03BD}\u{03B1}",
        16,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03BD}\u{03B1}",
        20,
        1,
        None,
    ),
    Among("\u{03B5}", -1, 1, None),
    Among(
        "\u{03B9}\u{03B5}\u{03C3}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        22,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03C3}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        22,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C3}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        24,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03C5}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        22,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C5}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        26,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03B5}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B5}",
        22,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03C4}\u{03B5}",
        22,
        1,
        None,
    ),
    Among("\u{03B7}\u{03C3}\u{03B1}\u{03C4}\u{03B5}", 22, 1, None),
    Among("\u{03B1}\u{03B3}\u{03B1}\u{03C4}\u{03B5}", 22, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B1}\u{03C4}\u{03B5}", 22, 1, None),
    Among(
        "\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03C4}\u{03B5}",
        32,
        1,
        None,
    ),
    Among("\u{03B5}\u{03B9}\u{03C4}\u{03B5}", 22, 1, None),
    Among(
        "\u{03B7}\u{03B8}\u{03B5}\u{03B9}\u{03C4}\u{03B5}",
        34,
        1,
        None,
    ),
    Among("\u{03B7}", -1, 1, None),
    Among("\u{03B9}", -1, 1, None),
    Among("\u{03B1}\u{03C3}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B5}\u{03C3}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B9}\u{03B5}\u{03C3}\u{03B1}\u{03B9}", 39, 1, None),
    Among("\u{03B1}\u{03C4}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B5}\u{03C4}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B9}\u{03B5}\u{03C4}\u{03B1}\u{03B9}", 42, 1, None),
    Among(
        "\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03B9}",
        37,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03B9}",
        44,
        1,
        None,
    ),
    Among("\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03BF}\u{03C5}\u{03BC}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B1}\u{03BC}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B9}\u{03B5}\u{03BC}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03BF}\u{03BC}\u{03B1}\u{03B9}", 37, 1, None),
    Among("\u{03B5}\u{03B9}", 37, 1, None),
    Among("\u{03B7}\u{03C3}\u{03B5}\u{03B9}", 51, 1, None),
    Among("\u{03B1}\u{03B5}\u{03B9}", 51, 1, None),
    Among("\u{03B7}\u{03B8}\u{03B5}\u{03B9}", 51, 1, None),
    Among("\u{03BF}\u{03B9}", 37, 1, None),
    Among("\u{03BF}\u{03C5}\u{03BD}", -1, 1, None),
    Among("\u{03B7}\u{03C3}\u{03BF}\u{03C5}\u{03BD}", 56, 1, None),
    Among("\u{03BF}\u{03C3}\u{03BF}\u{03C5}\u{03BD}", 56, 1, None),
    Among(
        "\u{03B9}\u{03BF}\u{03C3}\u{03BF}\u{03C5}\u{03BD}",
        58,
        1,
        None,
    ),
    Among("\u{03B7}\u{03B8}\u{03BF}\u{03C5}\u{03BD}", 56, 1, None),
    Among("\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03BD}", 56, 1, None),
    Among(
        "\u{03B9}\u{03BF}\u{03BC}\u{03BF}\u{03C5}\u{03BD}",
        61,
        1,
        None,
    ),
    Among("\u{03C9}\u{03BD}", -1, 1, None),
    Among("\u{03B7}\u{03B4}\u{03C9}\u{03BD}", 63, 1, None),
    Among("\u{03B1}\u{03BD}", -1, 1, None),
    Among("\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03BD}", 65, 1, None),
    Among(
        "\u{03BF}\u{03BD}\u{03C4}\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03BD}",
        66,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03BD}\u{03C4}\u{03BF}\u{03C5}\u{03C3}\u{03B1}\u{03BD}",
        67,
        1,
        None,
    ),
    Among("\u{03B7}\u{03C3}\u{03B1}\u{03BD}", 65, 1, None),
    Among(
        "\u{03BF}\u{03C3}\u{03B1}\u{03C3}\u{03C4}\u{03B1}\u{03BD}",
        65,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C3}\u{03B1}\u{03C3}\u{03C4}\u{03B1}\u{03BD}",
        70,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B1}\u{03BD}",
        65,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}\u{03B1}\u{03BD}",
        72,
        1,
        None,
    ),
    Among(
        "\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03BD}",
        65,
        1,
        None,
    ),
    Among(
        "\u{03B9}\u{03BF}\u{03C5}\u{03BD}\u{03C4}\u{03B1}\u{03BD}",
        74,
        1,
        None,
    ),
    Among("\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03BD}", 65, 1, None),
    Among(
        "\u{03B9}\u{03BF}\u{03BD}\u{03C4}\u{03B1}\u{03BD}",
        76,
        1,
        None,
    ),
    Among("\u{03BF}\u{03C4}\u{03B1}\u{03BD}", 65, 1, None),
    Among("\u{03B9}\u{03BF}\u{03C4}\u{03B1}\u{03BD}", 78, 1, None),
    Among("\u{03B1}\u{03B3}\u{03B1}\u{03BD}", 65, 1, None),
    Among("\u{03B7}\u{03BA}\u{03B1}\u{03BD}", 65, 1, None),
    Among(
        "\u{03B7}\u{03B8}\u{03B7}\u{03BA}\u{03B1}\u{03BD}",
        81,
        1,
        None,
    ),
    Among("\u{03BF}", -1, 1, None),
];

static A_73: &'static [Among<Context>; 8] = &[
    Among("\u{03B5}\u{03C3}\u{03C4}\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03C5}\u{03C4}\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03C9}\u{03C4}\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03BF}\u{03C4}\u{03B5}\u{03C1}", -1, 1, None),
    Among("\u{03B5}\u{03C3}\u{03C4}\u{03B1}\u{03C4}", -1, 1, None),
    Among("\u{03C5}\u{03C4}\u{03B1}\u{03C4}", -1, 1, None),
    Among("\u{03C9}\u{03C4}\u{03B1}\u{03C4}", -1, 1, None),
    Among("\u{03BF}\u{03C4}\u{03B1}\u{03C4}", -1, 1, None),
];

static G_v: &'static [u8; 4] = &[81, 65, 16, 1];

static G_v2: &'static [u8; 4] = &[81, 65, 0, 1];

#[derive(Clone)]
struct Context {
    S_s: String,
    b_test1: bool,
}

fn r_has_min_length(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 110
    if !((env.current.chars().count() as i32) >= 3) {
        return false;
    }
    return true;
}

fn r_tolower(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 114
    // repeat, line 115
    'replab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: for _ in 0..1 {
            // (, line 115
            // [, line 116
            env.ket = env.cursor;
            // substring, line 116
            among_var = env.find_among_b(A_0, context);
            if among_var == 0 {
                break 'lab1;
            }
            // ], line 116
            env.bra = env.cursor;
            if among_var == 1 {
                // (, line 117
                // <-, line 117
                if !env.slice_from("\u{03B1}") {
                    return false;
                }
            } else if among_var == 2 {
                // (, line 118
                // <-, line 118
                if !env.slice_from("\u{03B2}") {
                    return false;
                }
            } else if among_var == 3 {
                // (, line 119
                // <-, line 119
                if !env.slice_from("\u{03B3}") {
                    return false;
                }
            } else if among_var == 4 {
                // (, line 120
                // <-, line 120
                if !env.slice_from("\u{03B4}") {
                    return false;
                }
            } else if among_var == 5 {
                // (, line 121
                // <-, line 121
                if !env.slice_from("\u{03B5}") {
                    return false;
                }
            } else if among_var == 6 {
                // (, line 122
                // <-, line 122
                if !env.slice_from("\u{03B6}") {
                    return false;
                }
            } else if among_var == 7 {
                // (, line 123
                // <-, line 123
                if !env.slice_from("\u{03B7}") {
                    return false;
                }
            } else if among_var == 8 {
                // (, line 124
                // <-, line 124
                if !env.slice_from("\u{03B8}") {
                    return false;
                }
            } else if among_var == 9 {
                // (, line 125
                // <-, line 125
                if !env.slice_from("\u{03B9}") {
                    return false;
                }
            } else if among_var == 10 {
                // (, line 126
                // <-, line 126
                if !env.slice_from("\u{03BA}") {
                    return false;
                }
            } else if among_var == 11 {
                // (, line 127
                // <-, line 127
                if !env.slice_from("\u{03BB}") {
                    return false;
                }
            } else if among_var == 12 {
                // (, line 128
                // <-, line 128
                if !env.slice_from("\u{03BC}") {
                    return false;
                }
            } else if among_var == 13 {
                // (, line 129
                // <-, line 129
                if !env.slice_from("\u{03BD}") {
                    return false;
                }
            } else if among_var == 14 {
                // (, line 130
                // <-, line 130
                if !env.slice_from("\u{03BE}") {
                    return false;
                }
            } else if among_var == 15 {
                // (, line 131
                // <-, line 131
                if !env.slice_from("\u{03BF}") {
                    return false;
                }
            } else if among_var == 16 {
                // (, line 132
                // <-, line 132
                if !env.slice_from("\u{03C0}") {
                    return false;
                }
            } else if among_var == 17 {
                // (, line 133
                // <-, line 133
                if !env.slice_from("\u{03C1}") {
                    return false;
                }
            } else if among_var == 18 {
                // (, line 134
                // <-, line 134
                if !env.slice_from("\u{03C3}") {
                    return false;
                }
            } else if among_var == 19 {
                // (, line 135
                // <-, line 135
                if !env.slice_from("\u{03C4}") {
                    return false;
                }
            } else if among_var == 20 {
                // (, line 136
                // <-, line 136
                if !env.slice_from("\u{03C5}") {
                    return false;
                }
            } else if among_var == 21 {
                // (, line 137
                // <-, line 137
                if !env.slice_from("\u{03C6}") {
                    return false;
                }
            } else if among_var == 22 {
                // (, line 138
                // <-, line 138
                if !env.slice_from("\u{03C7}") {
                    return false;
                }
            } else if among_var == 23 {
                // (, line 139
                // <-, line 139
                if !env.slice_from("\u{03C8}") {
                    return false;
                }
            } else if among_var == 24 {
                // (, line 140
                // <-, line 140
                if !env.slice_from("\u{03C9}") {
                    return false;
                }
            } else if among_var == 25 {
                // (, line 162
                // next, line 162
                if env.cursor <= env.limit_backward {
                    break 'lab1;
                }
                env.previous_char();
            }
            continue 'replab0;
        }
        env.cursor = env.limit - v_1;
        break 'replab0;
    }
    return true;
}

fn r_step1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 167
    // [, line 168
    env.ket = env.cursor;
    // substring, line 168
    among_var = env.find_among_b(A_1, context);
    if among_var == 0 {
        return false;
    }
    // ], line 168
    env.bra = env.cursor;
    if among_var == 1 {
        // (, line 169
        // <-, line 169
        if !env.slice_from("\u{03C6}\u{03B1}") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 170
        // <-, line 170
        if !env.slice_from("\u{03C3}\u{03BA}\u{03B1}") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 171
        // <-, line 171
        if !env.slice_from("\u{03BF}\u{03BB}\u{03BF}") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 172
        // <-, line 172
        if !env.slice_from("\u{03C3}\u{03BF}") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 173
        // <-, line 173
        if !env.slice_from("\u{03C4}\u{03B1}\u{03C4}\u{03BF}") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 174
        // <-, line 174
        if !env.slice_from("\u{03BA}\u{03C1}\u{03B5}") {
            return false;
        }
    } else if among_var == 7 {
        // (, line 175
        // <-, line 175
        if !env.slice_from("\u{03C0}\u{03B5}\u{03C1}") {
            return false;
        }
    } else if among_var == 8 {
        // (, line 176
        // <-, line 176
        if !env.slice_from("\u{03C4}\u{03B5}\u{03C1}") {
            return false;
        }
    } else if among_var == 9 {
        // (, line 177
        // <-, line 177
        if !env.slice_from("\u{03C6}\u{03C9}") {
            return false;
        }
    } else if among_var == 10 {
        // (, line 178
        // <-, line 178
        if !env.slice_from("\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}") {
            return false;
        }
    } else if among_var == 11 {
        // (, line 179
        // <-, line 179
        if !env.slice_from("\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}") {
            return false;
        }
    }
    // unset test1, line 181
    context.b_test1 = false;
    return true;
}

fn r_steps1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 184
    // [, line 185
    env.ket = env.cursor;
    // substring, line 185
    if env.find_among_b(A_4, context) == 0 {
        return false;
    }
    // ], line 185
    env.bra = env.cursor;
    // (, line 187
    // delete, line 188
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 189
    context.b_test1 = false;
    // or, line 193
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 190
            // [, line 190
            env.ket = env.cursor;
            // substring, line 190
            if env.find_among_b(A_2, context) == 0 {
                break 'lab1;
            }
            // ], line 190
            env.bra = env.cursor;
            // atlimit, line 190
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 192
            // -> s, line 192
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 192
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 192
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 194
        // [, line 194
        env.ket = env.cursor;
        // substring, line 194
        if env.find_among_b(A_3, context) == 0 {
            return false;
        }
        // ], line 194
        env.bra = env.cursor;
        // atlimit, line 194
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 198
        // -> s, line 198
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 198
        if !env.slice_from("\u{03B9}\u{03B6}") {
            return false;
        }
        // <+ s, line 198
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 204
    // [, line 205
    env.ket = env.cursor;
    // substring, line 205
    if env.find_among_b(A_6, context) == 0 {
        return false;
    }
    // ], line 205
    env.bra = env.cursor;
    // (, line 206
    // delete, line 207
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 208
    context.b_test1 = false;
    // [, line 209
    env.ket = env.cursor;
    // substring, line 209
    if env.find_among_b(A_5, context) == 0 {
        return false;
    }
    // ], line 209
    env.bra = env.cursor;
    // atlimit, line 209
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 210
    // -> s, line 210
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 210
    if !env.slice_from("\u{03C9}\u{03BD}") {
        return false;
    }
    // <+ s, line 210
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps3(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 216
    // [, line 217
    env.ket = env.cursor;
    // substring, line 217
    if env.find_among_b(A_9, context) == 0 {
        return false;
    }
    // ], line 217
    env.bra = env.cursor;
    // (, line 218
    // delete, line 219
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 220
    context.b_test1 = false;
    // or, line 221
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 221
            // literal, line 221
            if !env.eq_s_b(&"\u{03B9}\u{03C3}\u{03B1}") {
                break 'lab1;
            }
            // atlimit, line 221
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // <-, line 221
            if !env.slice_from("\u{03B9}\u{03C3}") {
                return false;
            }
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 222
            // [, line 222
            env.ket = env.cursor;
            // substring, line 222
            if env.find_among_b(A_7, context) == 0 {
                break 'lab2;
            }
            // ], line 222
            env.bra = env.cursor;
            // atlimit, line 222
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 226
            // -> s, line 226
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 226
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 226
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 228
        // [, line 228
        env.ket = env.cursor;
        // substring, line 228
        if env.find_among_b(A_8, context) == 0 {
            return false;
        }
        // ], line 228
        env.bra = env.cursor;
        // atlimit, line 228
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 231
        // -> s, line 231
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 231
        if !env.slice_from("\u{03B9}\u{03C3}") {
            return false;
        }
        // <+ s, line 231
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps4(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 237
    // [, line 238
    env.ket = env.cursor;
    // substring, line 238
    if env.find_among_b(A_11, context) == 0 {
        return false;
    }
    // ], line 238
    env.bra = env.cursor;
    // (, line 239
    // delete, line 240
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 241
    context.b_test1 = false;
    // [, line 242
    env.ket = env.cursor;
    // substring, line 242
    if env.find_among_b(A_10, context) == 0 {
        return false;
    }
    // ], line 242
    env.bra = env.cursor;
    // atlimit, line 242
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 246
    // -> s, line 246
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 246
    if !env.slice_from("\u{03B9}") {
        return false;
    }
    // <+ s, line 246
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps5(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 252
    // [, line 253
    env.ket = env.cursor;
    // substring, line 253
    if env.find_among_b(A_14, context) == 0 {
        return false;
    }
    // ], line 253
    env.bra = env.cursor;
    // (, line 255
    // delete, line 256
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 257
    context.b_test1 = false;
    // or, line 261
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 258
            // [, line 258
            env.ket = env.cursor;
            // substring, line 258
            if env.find_among_b(A_12, context) == 0 {
                break 'lab1;
            }
            // ], line 258
            env.bra = env.cursor;
            // atlimit, line 258
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 260
            // -> s, line 260
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 260
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 260
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 262
        // [, line 262
        env.ket = env.cursor;
        // substring, line 262
        if env.find_among_b(A_13, context) == 0 {
            return false;
        }
        // ], line 262
        env.bra = env.cursor;
        // atlimit, line 262
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 266
        // -> s, line 266
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 266
        if !env.slice_from("\u{03B9}\u{03C3}\u{03C4}") {
            return false;
        }
        // <+ s, line 266
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps6(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 272
    // [, line 273
    env.ket = env.cursor;
    // substring, line 273
    if env.find_among_b(A_18, context) == 0 {
        return false;
    }
    // ], line 273
    env.bra = env.cursor;
    // (, line 274
    // delete, line 275
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 276
    context.b_test1 = false;
    // or, line 280
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 277
            // [, line 277
            env.ket = env.cursor;
            // substring, line 277
            if env.find_among_b(A_15, context) == 0 {
                break 'lab1;
            }
            // ], line 277
            env.bra = env.cursor;
            // atlimit, line 277
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 279
            // -> s, line 279
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 279
            if !env.slice_from("\u{03B9}\u{03C3}\u{03BC}") {
                return false;
            }
            // <+ s, line 279
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 281
            // [, line 281
            env.ket = env.cursor;
            // substring, line 281
            if env.find_among_b(A_16, context) == 0 {
                break 'lab2;
            }
            // ], line 281
            env.bra = env.cursor;
            // atlimit, line 281
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 283
            // -> s, line 283
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 283
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 283
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 285
        // [, line 285
        env.ket = env.cursor;
        // substring, line 285
        among_var = env.find_among_b(A_17, context);
        if among_var == 0 {
            return false;
        }
        // ], line 285
        env.bra = env.cursor;
        if among_var == 1 {
            // (, line 286
            // <-, line 286
            if !env.slice_from("\u{03B1}\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}") {
                return false;
            }
        } else if among_var == 2 {
            // (, line 287
            // <-, line 287
            if !env.slice_from("\u{03B1}\u{03C4}\u{03BF}\u{03BC}") {
                return false;
            }
        } else if among_var == 3 {
            // (, line 288
            // <-, line 288
            if !env.slice_from("\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}") {
                return false;
            }
        } else if among_var == 4 {
            // (, line 289
            // <-, line 289
            if !env.slice_from("\u{03B5}\u{03B8}\u{03BD}") {
                return false;
            }
        } else if among_var == 5 {
            // (, line 290
            // <-, line 290
            if !env.slice_from("\u{03B5}\u{03BA}\u{03BB}\u{03B5}\u{03BA}\u{03C4}") {
                return false;
            }
        } else if among_var == 6 {
            // (, line 291
            // <-, line 291
            if !env.slice_from("\u{03C3}\u{03BA}\u{03B5}\u{03C0}\u{03C4}") {
                return false;
            }
        } else if among_var == 7 {
            // (, line 292
            // <-, line 292
            if !env.slice_from("\u{03C4}\u{03BF}\u{03C0}") {
                return false;
            }
        } else if among_var == 8 {
            // (, line 293
            // <-, line 293
            if !env.slice_from("\u{03B1}\u{03BB}\u{03B5}\u{03BE}\u{03B1}\u{03BD}\u{03B4}\u{03C1}") {
                return false;
            }
        } else if among_var == 9 {
            // (, line 294
            // <-, line 294
            if !env.slice_from("\u{03B2}\u{03C5}\u{03B6}\u{03B1}\u{03BD}\u{03C4}") {
                return false;
            }
        } else if among_var == 10 {
            // (, line 295
            // <-, line 295
            if !env.slice_from("\u{03B8}\u{03B5}\u{03B1}\u{03C4}\u{03C1}") {
                return false;
            }
        }
        break 'lab0;
    }
    return true;
}

fn r_steps7(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 301
    // [, line 302
    env.ket = env.cursor;
    // substring, line 302
    if env.find_among_b(A_20, context) == 0 {
        return false;
    }
    // ], line 302
    env.bra = env.cursor;
    // (, line 303
    // delete, line 304
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 305
    context.b_test1 = false;
    // [, line 306
    env.ket = env.cursor;
    // substring, line 306
    if env.find_among_b(A_19, context) == 0 {
        return false;
    }
    // ], line 306
    env.bra = env.cursor;
    // atlimit, line 306
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 308
    // -> s, line 308
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 308
    if !env.slice_from("\u{03B1}\u{03C1}\u{03B1}\u{03BA}") {
        return false;
    }
    // <+ s, line 308
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps8(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 314
    // [, line 315
    env.ket = env.cursor;
    // substring, line 315
    if env.find_among_b(A_23, context) == 0 {
        return false;
    }
    // ], line 315
    env.bra = env.cursor;
    // (, line 316
    // delete, line 317
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 318
    context.b_test1 = false;
    // or, line 325
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 319
            // [, line 319
            env.ket = env.cursor;
            // substring, line 319
            if env.find_among_b(A_21, context) == 0 {
                break 'lab1;
            }
            // ], line 319
            env.bra = env.cursor;
            // atlimit, line 319
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 324
            // -> s, line 324
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 324
            if !env.slice_from("\u{03B1}\u{03BA}") {
                return false;
            }
            // <+ s, line 324
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 326
            // [, line 326
            env.ket = env.cursor;
            // substring, line 326
            if env.find_among_b(A_22, context) == 0 {
                break 'lab2;
            }
            // ], line 326
            env.bra = env.cursor;
            // atlimit, line 326
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 329
            // -> s, line 329
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 329
            if !env.slice_from("\u{03B9}\u{03C4}\u{03C3}") {
                return false;
            }
            // <+ s, line 329
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 331
        // [, line 331
        env.ket = env.cursor;
        // literal, line 331
        if !env.eq_s_b(&"\u{03BA}\u{03BF}\u{03C1}") {
            return false;
        }
        // ], line 331
        env.bra = env.cursor;
        // -> s, line 331
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 331
        if !env.slice_from("\u{03B9}\u{03C4}\u{03C3}") {
            return false;
        }
        // <+ s, line 331
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps9(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 336
    // [, line 337
    env.ket = env.cursor;
    // substring, line 337
    if env.find_among_b(A_26, context) == 0 {
        return false;
    }
    // ], line 337
    env.bra = env.cursor;
    // (, line 338
    // delete, line 339
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 340
    context.b_test1 = false;
    // or, line 343
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 341
            // [, line 341
            env.ket = env.cursor;
            // substring, line 341
            if env.find_among_b(A_24, context) == 0 {
                break 'lab1;
            }
            // ], line 341
            env.bra = env.cursor;
            // atlimit, line 341
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 342
            // -> s, line 342
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 342
            if !env.slice_from("\u{03B9}\u{03B4}") {
                return false;
            }
            // <+ s, line 342
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 344
        // [, line 344
        env.ket = env.cursor;
        // substring, line 344
        if env.find_among_b(A_25, context) == 0 {
            return false;
        }
        // ], line 344
        env.bra = env.cursor;
        // (, line 345
        // -> s, line 345
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 345
        if !env.slice_from("\u{03B9}\u{03B4}") {
            return false;
        }
        // <+ s, line 345
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps10(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 351
    // [, line 352
    env.ket = env.cursor;
    // substring, line 352
    if env.find_among_b(A_28, context) == 0 {
        return false;
    }
    // ], line 352
    env.bra = env.cursor;
    // (, line 353
    // delete, line 354
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 355
    context.b_test1 = false;
    // [, line 356
    env.ket = env.cursor;
    // substring, line 356
    if env.find_among_b(A_27, context) == 0 {
        return false;
    }
    // ], line 356
    env.bra = env.cursor;
    // atlimit, line 356
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 358
    // -> s, line 358
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 358
    if !env.slice_from("\u{03B9}\u{03C3}\u{03BA}") {
        return false;
    }
    // <+ s, line 358
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 364
    // [, line 365
    env.ket = env.cursor;
    // substring, line 365
    if env.find_among_b(A_29, context) == 0 {
        return false;
    }
    // ], line 365
    env.bra = env.cursor;
    // (, line 366
    // delete, line 366
    if !env.slice_del() {
        return false;
    }
    // not, line 368
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 368
        // [, line 368
        env.ket = env.cursor;
        // substring, line 368
        if env.find_among_b(A_30, context) == 0 {
            break 'lab0;
        }
        // ], line 368
        env.bra = env.cursor;
        return false;
    }
    env.cursor = env.limit - v_1;
    // <+, line 371
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, "\u{03B1}\u{03B4}");
    env.cursor = c;
    return true;
}

fn r_step2b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 374
    // [, line 375
    env.ket = env.cursor;
    // substring, line 375
    if env.find_among_b(A_31, context) == 0 {
        return false;
    }
    // ], line 375
    env.bra = env.cursor;
    // (, line 376
    // delete, line 376
    if !env.slice_del() {
        return false;
    }
    // [, line 378
    env.ket = env.cursor;
    // substring, line 378
    if env.find_among_b(A_32, context) == 0 {
        return false;
    }
    // ], line 378
    env.bra = env.cursor;
    // (, line 379
    // -> s, line 379
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 379
    if !env.slice_from("\u{03B5}\u{03B4}") {
        return false;
    }
    // <+ s, line 379
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2c(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 383
    // [, line 384
    env.ket = env.cursor;
    // substring, line 384
    if env.find_among_b(A_33, context) == 0 {
        return false;
    }
    // ], line 384
    env.bra = env.cursor;
    // (, line 385
    // delete, line 385
    if !env.slice_del() {
        return false;
    }
    // [, line 387
    env.ket = env.cursor;
    // substring, line 387
    if env.find_among_b(A_34, context) == 0 {
        return false;
    }
    // ], line 387
    env.bra = env.cursor;
    // (, line 389
    // -> s, line 389
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 389
    if !env.slice_from("\u{03BF}\u{03C5}\u{03B4}") {
        return false;
    }
    // <+ s, line 389
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2d(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 393
    // [, line 394
    env.ket = env.cursor;
    // substring, line 394
    if env.find_among_b(A_35, context) == 0 {
        return false;
    }
    // ], line 394
    env.bra = env.cursor;
    // (, line 395
    // delete, line 395
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 395
    context.b_test1 = false;
    // [, line 397
    env.ket = env.cursor;
    // substring, line 397
    if env.find_among_b(A_36, context) == 0 {
        return false;
    }
    // ], line 397
    env.bra = env.cursor;
    // atlimit, line 397
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 398
    // -> s, line 398
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 398
    if !env.slice_from("\u{03B5}") {
        return false;
    }
    // <+ s, line 398
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step3(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 402
    // [, line 403
    env.ket = env.cursor;
    // substring, line 403
    if env.find_among_b(A_37, context) == 0 {
        return false;
    }
    // ], line 403
    env.bra = env.cursor;
    // (, line 404
    // delete, line 404
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 404
    context.b_test1 = false;
    // (, line 406
    // [, line 406
    env.ket = env.cursor;
    if !env.in_grouping_b(G_v, 945, 969) {
        return false;
    }
    // ], line 406
    env.bra = env.cursor;
    // -> s, line 406
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 406
    if !env.slice_from("\u{03B9}") {
        return false;
    }
    // <+ s, line 406
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step4(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 409
    // [, line 410
    env.ket = env.cursor;
    // substring, line 410
    if env.find_among_b(A_38, context) == 0 {
        return false;
    }
    // ], line 410
    env.bra = env.cursor;
    // (, line 411
    // delete, line 411
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 411
    context.b_test1 = false;
    // or, line 413
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 413
            // [, line 413
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v, 945, 969) {
                break 'lab1;
            }
            // ], line 413
            env.bra = env.cursor;
            // -> s, line 413
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 413
            if !env.slice_from("\u{03B9}\u{03BA}") {
                return false;
            }
            // <+ s, line 413
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // [, line 414
        env.ket = env.cursor;
        break 'lab0;
    }
    // substring, line 414
    if env.find_among_b(A_39, context) == 0 {
        return false;
    }
    // ], line 414
    env.bra = env.cursor;
    // atlimit, line 414
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 419
    // -> s, line 419
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 419
    if !env.slice_from("\u{03B9}\u{03BA}") {
        return false;
    }
    // <+ s, line 419
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 423
    // do, line 424
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 424
        // literal, line 424
        if !env.eq_s_b(&"\u{03B1}\u{03B3}\u{03B1}\u{03BC}\u{03B5}") {
            break 'lab0;
        }
        // atlimit, line 424
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // <-, line 424
        if !env.slice_from("\u{03B1}\u{03B3}\u{03B1}\u{03BC}") {
            return false;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // do, line 425
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // (, line 425
        // [, line 426
        env.ket = env.cursor;
        // substring, line 426
        if env.find_among_b(A_40, context) == 0 {
            break 'lab1;
        }
        // ], line 426
        env.bra = env.cursor;
        // (, line 427
        // delete, line 427
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 427
        context.b_test1 = false;
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // [, line 430
    env.ket = env.cursor;
    // literal, line 430
    if !env.eq_s_b(&"\u{03B1}\u{03BC}\u{03B5}") {
        return false;
    }
    // ], line 430
    env.bra = env.cursor;
    // delete, line 431
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 432
    context.b_test1 = false;
    // [, line 433
    env.ket = env.cursor;
    // substring, line 433
    if env.find_among_b(A_41, context) == 0 {
        return false;
    }
    // ], line 433
    env.bra = env.cursor;
    // atlimit, line 433
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 435
    // -> s, line 435
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 435
    if !env.slice_from("\u{03B1}\u{03BC}") {
        return false;
    }
    // <+ s, line 435
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 439
    // do, line 440
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 440
        // [, line 441
        env.ket = env.cursor;
        // substring, line 441
        if env.find_among_b(A_43, context) == 0 {
            break 'lab0;
        }
        // ], line 441
        env.bra = env.cursor;
        // (, line 443
        // delete, line 444
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 445
        context.b_test1 = false;
        // [, line 446
        env.ket = env.cursor;
        // substring, line 446
        if env.find_among_b(A_42, context) == 0 {
            break 'lab0;
        }
        // ], line 446
        env.bra = env.cursor;
        // atlimit, line 446
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // (, line 447
        // -> s, line 447
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 447
        if !env.slice_from("\u{03B1}\u{03B3}\u{03B1}\u{03BD}") {
            return false;
        }
        // <+ s, line 447
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 452
    env.ket = env.cursor;
    // literal, line 452
    if !env.eq_s_b(&"\u{03B1}\u{03BD}\u{03B5}") {
        return false;
    }
    // ], line 452
    env.bra = env.cursor;
    // delete, line 453
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 454
    context.b_test1 = false;
    // or, line 455
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 455
            // [, line 455
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v2, 945, 969) {
                break 'lab2;
            }
            // ], line 455
            env.bra = env.cursor;
            // -> s, line 455
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 455
            if !env.slice_from("\u{03B1}\u{03BD}") {
                return false;
            }
            // <+ s, line 455
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // [, line 456
        env.ket = env.cursor;
        break 'lab1;
    }
    // substring, line 456
    if env.find_among_b(A_44, context) == 0 {
        return false;
    }
    // ], line 456
    env.bra = env.cursor;
    // atlimit, line 456
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 473
    // -> s, line 473
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 473
    if !env.slice_from("\u{03B1}\u{03BD}") {
        return false;
    }
    // <+ s, line 473
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5c(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 477
    // do, line 478
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 478
        // [, line 479
        env.ket = env.cursor;
        // substring, line 479
        if env.find_among_b(A_45, context) == 0 {
            break 'lab0;
        }
        // ], line 479
        env.bra = env.cursor;
        // (, line 480
        // delete, line 480
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 480
        context.b_test1 = false;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 483
    env.ket = env.cursor;
    // literal, line 483
    if !env.eq_s_b(&"\u{03B5}\u{03C4}\u{03B5}") {
        return false;
    }
    // ], line 483
    env.bra = env.cursor;
    // delete, line 484
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 485
    context.b_test1 = false;
    // or, line 486
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 486
            // [, line 486
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v2, 945, 969) {
                break 'lab2;
            }
            // ], line 486
            env.bra = env.cursor;
            // -> s, line 486
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 486
            if !env.slice_from("\u{03B5}\u{03C4}") {
                return false;
            }
            // <+ s, line 486
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        'lab3: loop {
            // (, line 487
            // [, line 487
            env.ket = env.cursor;
            // substring, line 487
            if env.find_among_b(A_46, context) == 0 {
                break 'lab3;
            }
            // ], line 487
            env.bra = env.cursor;
            // (, line 491
            // -> s, line 491
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 491
            if !env.slice_from("\u{03B5}\u{03C4}") {
                return false;
            }
            // <+ s, line 491
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // [, line 493
        env.ket = env.cursor;
        break 'lab1;
    }
    // substring, line 493
    if env.find_among_b(A_47, context) == 0 {
        return false;
    }
    // ], line 493
    env.bra = env.cursor;
    // atlimit, line 493
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 497
    // -> s, line 497
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 497
    if !env.slice_from("\u{03B5}\u{03C4}") {
        return false;
    }
    // <+ s, line 497
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5d(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 501
    // [, line 502
    env.ket = env.cursor;
    // substring, line 502
    if env.find_among_b(A_48, context) == 0 {
        return false;
    }
    // ], line 502
    env.bra = env.cursor;
    // (, line 503
    // delete, line 504
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 505
    context.b_test1 = false;
    // or, line 506
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 506
            // [, line 506
            env.ket = env.cursor;
            // literal, line 506
            if !env.eq_s_b(&"\u{03B1}\u{03C1}\u{03C7}") {
                break 'lab1;
            }
            // ], line 506
            env.bra = env.cursor;
            // atlimit, line 506
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // -> s, line 506
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 506
            if !env.slice_from("\u{03BF}\u{03BD}\u{03C4}") {
                return false;
            }
            // <+ s, line 506
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 507
        // [, line 507
        env.ket = env.cursor;
        // literal, line 507
        if !env.eq_s_b(&"\u{03BA}\u{03C1}\u{03B5}") {
            return false;
        }
        // ], line 507
        env.bra = env.cursor;
        // -> s, line 507
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 507
        if !env.slice_from("\u{03C9}\u{03BD}\u{03C4}") {
            return false;
        }
        // <+ s, line 507
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_step5e(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 512
    // [, line 513
    env.ket = env.cursor;
    // substring, line 513
    if env.find_among_b(A_49, context) == 0 {
        return false;
    }
    // ], line 513
    env.bra = env.cursor;
    // (, line 514
    // delete, line 515
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 516
    context.b_test1 = false;
    // (, line 517
    // [, line 517
    env.ket = env.cursor;
    // literal, line 517
    if !env.eq_s_b(&"\u{03BF}\u{03BD}") {
        return false;
    }
    // ], line 517
    env.bra = env.cursor;
    // atlimit, line 517
    if env.cursor > env.limit_backward {
        return false;
    }
    // -> s, line 517
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 517
    if !env.slice_from("\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 517
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5f(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 522
    // do, line 523
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 523
        // [, line 524
        env.ket = env.cursor;
        // literal, line 524
        if !env.eq_s_b(&"\u{03B9}\u{03B5}\u{03C3}\u{03C4}\u{03B5}") {
            break 'lab0;
        }
        // ], line 524
        env.bra = env.cursor;
        // delete, line 525
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 526
        context.b_test1 = false;
        // [, line 527
        env.ket = env.cursor;
        // substring, line 527
        if env.find_among_b(A_50, context) == 0 {
            break 'lab0;
        }
        // ], line 527
        env.bra = env.cursor;
        // atlimit, line 527
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // (, line 528
        // -> s, line 528
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 528
        if !env.slice_from("\u{03B9}\u{03B5}\u{03C3}\u{03C4}") {
            return false;
        }
        // <+ s, line 528
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 531
    env.ket = env.cursor;
    // literal, line 531
    if !env.eq_s_b(&"\u{03B5}\u{03C3}\u{03C4}\u{03B5}") {
        return false;
    }
    // ], line 531
    env.bra = env.cursor;
    // delete, line 532
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 533
    context.b_test1 = false;
    // [, line 534
    env.ket = env.cursor;
    // substring, line 534
    if env.find_among_b(A_51, context) == 0 {
        return false;
    }
    // ], line 534
    env.bra = env.cursor;
    // atlimit, line 534
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 536
    // -> s, line 536
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 536
    if !env.slice_from("\u{03B9}\u{03B5}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 536
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5g(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 540
    // do, line 541
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 541
        // [, line 542
        env.ket = env.cursor;
        // substring, line 542
        if env.find_among_b(A_52, context) == 0 {
            break 'lab0;
        }
        // ], line 542
        env.bra = env.cursor;
        // (, line 543
        // delete, line 543
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 543
        context.b_test1 = false;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 546
    env.ket = env.cursor;
    // substring, line 546
    if env.find_among_b(A_55, context) == 0 {
        return false;
    }
    // ], line 546
    env.bra = env.cursor;
    // (, line 547
    // delete, line 548
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 549
    context.b_test1 = false;
    // or, line 552
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 550
            // [, line 550
            env.ket = env.cursor;
            // substring, line 550
            if env.find_among_b(A_53, context) == 0 {
                break 'lab2;
            }
            // ], line 550
            env.bra = env.cursor;
            // (, line 551
            // -> s, line 551
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 551
            if !env.slice_from("\u{03B7}\u{03BA}") {
                return false;
            }
            // <+ s, line 551
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // (, line 553
        // [, line 553
        env.ket = env.cursor;
        // substring, line 553
        if env.find_among_b(A_54, context) == 0 {
            return false;
        }
        // ], line 553
        env.bra = env.cursor;
        // atlimit, line 553
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 554
        // -> s, line 554
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 554
        if !env.slice_from("\u{03B7}\u{03BA}") {
            return false;
        }
        // <+ s, line 554
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab1;
    }
    return true;
}

fn r_step5h(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 560
    // [, line 561
    env.ket = env.cursor;
    // substring, line 561
    if env.find_among_b(A_58, context) == 0 {
        return false;
    }
    // ], line 561
    env.bra = env.cursor;
    // (, line 562
    // delete, line 563
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 564
    context.b_test1 = false;
    // or, line 569
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 565
            // [, line 565
            env.ket = env.cursor;
            // substring, line 565
            if env.find_among_b(A_56, context) == 0 {
                break 'lab1;
            }
            // ], line 565
            env.bra = env.cursor;
            // (, line 567
            // -> s, line 567
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 567
            if !env.slice_from("\u{03BF}\u{03C5}\u{03C3}") {
                return false;
            }
            // <+ s, line 567
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 570
        // [, line 570
        env.ket = env.cursor;
        // substring, line 570
        if env.find_among_b(A_57, context) == 0 {
            return false;
        }
        // ], line 570
        env.bra = env.cursor;
        // atlimit, line 570
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 574
        // -> s, line 574
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 574
        if !env.slice_from("\u{03BF}\u{03C5}\u{03C3}") {
            return false;
        }
        // <+ s, line 574
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_step5i(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 580
    // [, line 581
    env.ket = env.cursor;
    // substring, line 581
    if env.find_among_b(A_62, context) == 0 {
        return false;
    }
    // ], line 581
    env.bra = env.cursor;
    // (, line 582
    // delete, line 583
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 584
    context.b_test1 = false;
    // or, line 585
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 585
            // [, line 585
            env.ket = env.cursor;
            // literal, line 585
            if !env.eq_s_b(&"\u{03BA}\u{03BF}\u{03BB}\u{03BB}") {
                break 'lab1;
            }
            // ], line 585
            env.bra = env.cursor;
            // -> s, line 585
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 585
            if !env.slice_from("\u{03B1}\u{03B3}") {
                return false;
            }
            // <+ s, line 585
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 585
        // not, line 586
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 586
            // [, line 586
            env.ket = env.cursor;
            // substring, line 586
            if env.find_among_b(A_59, context) == 0 {
                break 'lab2;
            }
            // ], line 586
            env.bra = env.cursor;
            return false;
        }
        env.cursor = env.limit - v_2;
        // or, line 590
        'lab3: loop {
            let v_3 = env.limit - env.cursor;
            'lab4: loop {
                // (, line 587
                // [, line 587
                env.ket = env.cursor;
                // substring, line 587
                if env.find_among_b(A_60, context) == 0 {
                    break 'lab4;
                }
                // ], line 587
                env.bra = env.cursor;
                // (, line 589
                // -> s, line 589
                context.S_s = env.slice_to();
                if context.S_s.is_empty() {
                    return false;
                }
                // <-, line 589
                if !env.slice_from("\u{03B1}\u{03B3}") {
                    return false;
                }
                // <+ s, line 589
                let c = env.cursor;
                let (bra, ket) = (env.cursor, env.cursor);
                env.insert(bra, ket, &context.S_s);
                env.cursor = c;
                break 'lab3;
            }
            env.cursor = env.limit - v_3;
            // (, line 591
            // [, line 591
            env.ket = env.cursor;
            // substring, line 591
            if env.find_among_b(A_61, context) == 0 {
                return false;
            }
            // ], line 591
            env.bra = env.cursor;
            // atlimit, line 591
            if env.cursor > env.limit_backward {
                return false;
            }
            // (, line 597
            // -> s, line 597
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 597
            if !env.slice_from("\u{03B1}\u{03B3}") {
                return false;
            }
            // <+ s, line 597
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab3;
        }
        break 'lab0;
    }
    return true;
}

fn r_step5j(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 604
    // [, line 605
    env.ket = env.cursor;
    // substring, line 605
    if env.find_among_b(A_63, context) == 0 {
        return false;
    }
    // ], line 605
    env.bra = env.cursor;
    // (, line 606
    // delete, line 606
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 606
    context.b_test1 = false;
    // [, line 608
    env.ket = env.cursor;
    // substring, line 608
    if env.find_among_b(A_64, context) == 0 {
        return false;
    }
    // ], line 608
    env.bra = env.cursor;
    // atlimit, line 608
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 609
    // -> s, line 609
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 609
    if !env.slice_from("\u{03B7}\u{03C3}") {
        return false;
    }
    // <+ s, line 609
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5k(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 613
    // [, line 614
    env.ket = env.cursor;
    // substring, line 614
    if env.find_among_b(A_65, context) == 0 {
        return false;
    }
    // ], line 614
    env.bra = env.cursor;
    // (, line 615
    // delete, line 615
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 615
    context.b_test1 = false;
    // [, line 617
    env.ket = env.cursor;
    // substring, line 617
    if env.find_among_b(A_66, context) == 0 {
        return false;
    }
    // ], line 617
    env.bra = env.cursor;
    // atlimit, line 617
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 619
    // -> s, line 619
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 619
    if !env.slice_from("\u{03B7}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 619
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5l(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 623
    // [, line 624
    env.ket = env.cursor;
    // substring, line 624
    if env.find_among_b(A_67, context) == 0 {
        return false;
    }
    // ], line 624
    env.bra = env.cursor;
    // (, line 625
    // delete, line 625
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 625
    context.b_test1 = false;
    // [, line 627
    env.ket = env.cursor;
    // substring, line 627
    if env.find_among_b(A_68, context) == 0 {
        return false;
    }
    // ], line 627
    env.bra = env.cursor;
    // atlimit, line 627
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 628
    // -> s, line 628
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 628
    if !env.slice_from("\u{03BF}\u{03C5}\u{03BD}") {
        return false;
    }
    // <+ s, line 628
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5m(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 632
    // [, line 633
    env.ket = env.cursor;
    // substring, line 633
    if env.find_among_b(A_69, context) == 0 {
        return false;
    }
    // ], line 633
    env.bra = env.cursor;
    // (, line 634
    // delete, line 634
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 634
    context.b_test1 = false;
    // [, line 636
    env.ket = env.cursor;
    // substring, line 636
    if env.find_among_b(A_70, context) == 0 {
        return false;
    }
    // ], line 636
    env.bra = env.cursor;
    // atlimit, line 636
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 638
    // -> s, line 638
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 638
    if !env.slice_from("\u{03BF}\u{03C5}\u{03BC}") {
        return false;
    }
    // <+ s, line 638
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step6(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 642
    // do, line 643
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 643
        // [, line 644
        env.ket = env.cursor;
        // substring, line 644
        if env.find_among_b(A_71, context) == 0 {
            break 'lab0;
        }
        // ], line 644
        env.bra = env.cursor;
        // (, line 645
        // <-, line 645
        if !env.slice_from("\u{03BC}\u{03B1}") {
            return false;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // Boolean test test1, line 648
    if !context.b_test1 {
        return false;
    }
    // [, line 649
    env.ket = env.cursor;
    // substring, line 649
    if env.find_among_b(A_72, context) == 0 {
        return false;
    }
    // ], line 649
    env.bra = env.cursor;
    // (, line 659
    // delete, line 659
    if !env.slice_del() {
        return false;
    }
    return true;
}

fn r_step7(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 663
    // [, line 664
    env.ket = env.cursor;
    // substring, line 664
    if env.find_among_b(A_73, context) == 0 {
        return false;
    }
    // ], line 664
    env.bra = env.cursor;
    // (, line 665
    // delete, line 665
    if !env.slice_del() {
        return false;
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        S_s: String::new(),
        b_test1: false,
    };
    // (, line 670
    // backwards, line 671
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 671
    // do, line 672
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // call tolower, line 672
        if !r_tolower(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // call has_min_length, line 673
    if !r_has_min_length(env, context) {
        return false;
    }
    // set test1, line 674
    context.b_test1 = true;
    // do, line 675
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // call step1, line 675
        if !r_step1(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // do, line 676
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // call steps1, line 676
        if !r_steps1(env, context) {
            break 'lab2;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 677
    let v_4 = env.limit - env.cursor;
    'lab3: loop {
        // call steps2, line 677
        if !r_steps2(env, context) {
            break 'lab3;
        }
        break 'lab3;
    }
    env.cursor = env.limit - v_4;
    // do, line 678
    let v_5 = env.limit - env.cursor;
    'lab4: loop {
        // call steps3, line 678
        if !r_steps3(env, context) {
            break 'lab4;
        }
        break 'lab4;
    }
    env.cursor = env.limit - v_5;
    // do, line 679
    let v_6 = env.limit - env.cursor;
    'lab5: loop {
        // call steps4, line 679
        if !r_steps4(env, context) {
            break 'lab5;
        }
        break 'lab5;
    }
    env.cursor = env.limit - v_6;
    // do, line 680
    let v_7 = env.limit - env.cursor;
    'lab6: loop {
        // call steps5, line 680
        if !r_steps5(env, context) {
            break 'lab6;
        }
        break 'lab6;
    }
    env.cursor = env.limit - v_7;
    // do, line 681
    let v_8 = env.limit - env.cursor;
    'lab7: loop {
        // call steps6, line 681
        if !r_steps6(env, context) {
            break 'lab7;
        }
        break 'lab7;
    }
    env.cursor = env.limit - v_8;
    // do, line 682
    let v_9 = env.limit - env.cursor;
    'lab8: loop {
        // call steps7, line 682
        if !r_steps7(env, context) {
            break 'lab8;
        }
        break 'lab8;
    }
    env.cursor = env.limit - v_9;
    // do, line 683
    let v_10 = env.limit - env.cursor;
    'lab9: loop {
        // call steps8, line 683
        if !r_steps8(env, context) {
            break 'lab9;
        }
        break 'lab9;
    }
    env.cursor = env.limit - v_10;
    // do, line 684
    let v_11 = env.limit - env.cursor;
    'lab10: loop {
        // call steps9, line 684
        if !r_steps9(env, context) {
            break 'lab10;
        }
        break 'lab10;
    }
    env.cursor = env.limit - v_11;
    // do, line 685
    let v_12 = env.limit - env.cursor;
    'lab11: loop {
        // call steps10, line 685
        if !r_steps10(env, context) {
            break 'lab11;
        }
        break 'lab11;
    }
    env.cursor = env.limit - v_12;
    // do, line 686
    let v_13 = env.limit - env.cursor;
    'lab12: loop {
        // call step2a, line 686
        if !r_step2a(env, context) {
            break 'lab12;
        }
        break 'lab12;
    }
    env.cursor = env.limit - v_13;
    // do, line 687
    let v_14 = env.limit - env.cursor;
    'lab13: loop {
        // call step2b, line 687
        if !r_step2b(env, context) {
            break 'lab13;
        }
        break 'lab13;
    }
    env.cursor = env.limit - v_14;
    // do, line 688
    let v_15 = env.limit - env.cursor;
    'lab14: loop {
        // call step2c, line 688
        if !r_step2c(env, context) {
            break 'lab14;
        }
        break 'lab14;
    }
    env.cursor = env.limit - v_15;
    // do, line 689
    let v_16 = env.limit - env.cursor;
    'lab15: loop {
        // call step2d, line 689
        if !r_step2d(env, context) {
            break 'lab15;
        }
        break 'lab15;
    }
    env.cursor = env.limit - v_16;
    // do, line 690
    let v_17 = env.limit - env.cursor;
    'lab16: loop {
        // call step3, line 690
        if !r_step3(env, context) {
            break 'lab16;
        }
        break 'lab16;
    }
    env.cursor = env.limit - v_17;
    // do, line 691
    let v_18 = env.limit - env.cursor;
    'lab17: loop {
        // call step4, line 691
        if !r_step4(env, context) {
            break 'lab17;
        }
        break 'lab17;
    }
    env.cursor = env.limit - v_18;
    // do, line 692
    let v_19 = env.limit - env.cursor;
    'lab18: loop {
        // call step5a, line 692
        if !r_step5a(env, context) {
            break 'lab18;
        }
        break 'lab18;
    }
    env.cursor = env.limit - v_19;
    // do, line 693
    let v_20 = env.limit - env.cursor;
    'lab19: loop {
        // call step5b, line 693
        if !r_step5b(env, context) {
            break 'lab19;
        }
        break 'lab19;
    }
    env.cursor = env.limit - v_20;
    // do, line 694
    let v_21 = env.limit - env.cursor;
    'lab20: loop {
        // call step5c, line 694
        if !r_step5c(env, context) {
            break 'lab20;
        }
        break 'lab20;
    }
    env.cursor = env.limit - v_21;
    // do, line 695
    let v_22 = env.limit - env.cursor;
    'lab21: loop {
        // call step5d, line 695
        if !r_step5d(env, context) {
            break 'lab21;
        }
        break 'lab21;
    }
    env.cursor = env.limit - v_22;
    // do, line 696
    let v_23 = env.limit - env.cursor;
    'lab22: loop {
        // call step5e, line 696
        if !r_step5e(env, context) {
            break 'lab22;
        }
        break 'lab22;
    }
    env.cursor = env.limit - v_23;
    // do, line 697
    let v_24 = env.limit - env.cursor;
    'lab23: loop {
        // call step5f, line 697
        if !r_step5f(env, context) {
            break 'lab23;
        }
        break 'lab23;
    }
    env.cursor = env.limit - v_24;
    // do, line 698
    let v_25 = env.limit - env.cursor;
    'lab24: loop {
        // call step5g, line 698
        if !r_step5g(env, context) {
            break 'lab24;
        }
        break 'lab24;
    }
    env.cursor = env.limit - v_25;
    // do, line 699
    let v_26 = env.limit - env.cursor;
    'lab25: loop {
        // call step5h, line 699
        if !r_step5h(env, context) {
            break 'lab25;
        }
        break 'lab25;
    }
    env.cursor = env.limit - v_26;
    // do, line 700
    let v_27 = env.limit - env.cursor;
    'lab26: loop {
        // call step5j, line 700
        if !r_step5j(env, context) {
            break 'lab26;
        }
        break 'lab26;
    }
    env.cursor = env.limit - v_27;
    // do, line 701
    let v_28 = env.limit - env.cursor;
    'lab27: loop {
        // call step5i, line 701
        if !r_step5i(env, context) {
            break 'lab27;
        }
        break 'lab27;
    }
    env.cursor = env.limit - v_28;
    // do, line 702
    let v_29 = env.limit - env.cursor;
    'lab28: loop {
        // call step5k, line 702
        if !r_step5k(env, context) {
            break 'lab28;
        }
        break 'lab28;
    }
    env.cursor = env.limit - v_29;
    // do, line 703
    let v_30 = env.limit - env.cursor;
    'lab29: loop {
        // call step5l, line 703
        if !r_step5l(env, context) {
            break 'lab29;
        }
        break 'lab29;
    }
    env.cursor = env.limit - v_30;
    // do, line 704
    let v_31 = env.limit - env.cursor;
    'lab30: loop {
        // call step5m, line 704
        if !r_step5m(env, context) {
            break 'lab30;
        }
        break 'lab30;
    }
    env.cursor = env.limit - v_31;
    // do, line 705
    let v_32 = env.limit - env.cursor;
    'lab31: loop {
        // call step6, line 705
        if !r_step6(env, context) {
            break 'lab31;
        }
        break 'lab31;
    }
    env.cursor = env.limit - v_32;
    // do, line 706
    let v_33 = env.limit - env.cursor;
    'lab32: loop {
        // call step7, line 706
        if !r_step7(env, context) {
            break 'lab32;
        }
        break 'lab32;
    }
    env.cursor = env.limit - v_33;
    env.cursor = env.limit_backward;
    return true;
}
