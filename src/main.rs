fn main() -> std::process::ExitCode {
    stele::cli::run()
}
