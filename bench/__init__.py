"""Benchmarks and their synthetic inputs."""
