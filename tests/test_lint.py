"""The code passes the project's lint (ruff, configured in pyproject.toml): undefined or unused names and likely bugs
fail the tests, not a reader."""
import subprocess
import sys


def test_ruff_finds_nothing(repo):
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                            cwd=repo, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
