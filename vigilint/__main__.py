from vigilint.cli import run

run()
