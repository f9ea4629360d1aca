"""The benchmarks' generated data and their shared harness; the commands are manage.py bench_*."""
