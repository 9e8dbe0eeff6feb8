//! The Exchange Online NDR policy pack: the rules for Exchange Online's
//! bounce codes and their texts in the twelve built-in UI languages (en, de,
//! zh, it, ja, fr, ko, es, pt-BR, ru, ar, zh-Hant), as any site can use them. `stele init` writes it into a new site, `stele init
//! --policies` into an existing one; the site then owns the files and
//! extends or overrides them like its own.
//!
//! The pack is the demo site's own policies (one source, no copy to drift):
//! each rule names the demo's article and, for sites without it, the same
//! page on Microsoft Learn (`url`).

/// Each file of the pack: its path in a site, and its text.
pub const EXCHANGE_ONLINE: &[(&str, &str)] = &[
    (
        "content/policies/delivery.toml",
        include_str!("../../content/policies/delivery.toml"),
    ),
    (
        "content/policies/reputation.toml",
        include_str!("../../content/policies/reputation.toml"),
    ),
    (
        "content/policies/security.toml",
        include_str!("../../content/policies/security.toml"),
    ),
    (
        "content/policies/tenant-blocks.toml",
        include_str!("../../content/policies/tenant-blocks.toml"),
    ),
    (
        "locales/en/policies.ftl",
        include_str!("../../locales/en/policies.ftl"),
    ),
    (
        "locales/de/policies.ftl",
        include_str!("../../locales/de/policies.ftl"),
    ),
    (
        "locales/zh/policies.ftl",
        include_str!("../../locales/zh/policies.ftl"),
    ),
    (
        "locales/it/policies.ftl",
        include_str!("../../locales/it/policies.ftl"),
    ),
    (
        "locales/ja/policies.ftl",
        include_str!("../../locales/ja/policies.ftl"),
    ),
    (
        "locales/fr/policies.ftl",
        include_str!("../../locales/fr/policies.ftl"),
    ),
    (
        "locales/ko/policies.ftl",
        include_str!("../../locales/ko/policies.ftl"),
    ),
    (
        "locales/es/policies.ftl",
        include_str!("../../locales/es/policies.ftl"),
    ),
    (
        "locales/pt-BR/policies.ftl",
        include_str!("../../locales/pt-BR/policies.ftl"),
    ),
    (
        "locales/ru/policies.ftl",
        include_str!("../../locales/ru/policies.ftl"),
    ),
    (
        "locales/ar/policies.ftl",
        include_str!("../../locales/ar/policies.ftl"),
    ),
    (
        "locales/zh-Hant/policies.ftl",
        include_str!("../../locales/zh-Hant/policies.ftl"),
    ),
];
