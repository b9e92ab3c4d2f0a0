"""One module per DVC stage: a pure `run(...)` plus a thin `main()` command line."""
